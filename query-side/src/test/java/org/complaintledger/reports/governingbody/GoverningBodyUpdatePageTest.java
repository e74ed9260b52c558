package org.complaintledger.reports.governingbody;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.performance.PerformanceCharts;
import org.complaintledger.reports.performance.PerformancePages;
import org.complaintledger.reports.performance.TwoYearsOfComplaints;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** The governing body's update page: every figure on it the JSON answer's, overdue complaints by id only. */
class GoverningBodyUpdatePageTest {

    @RegisterExtension
    static final ProjectionDatabase DATABASE = ProjectionDatabase.withModuleMigrations();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void showsTheJsonFiguresAndTheOverdueComplaints() throws IOException {
        TwoYearsOfComplaints.feed(DATABASE.jdbc());
        ReportPeriod quarter = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        GoverningBodyUpdate update = GoverningBodyUpdates.read(DATABASE.jdbc(), JSON, quarter,
                LocalDate.of(2026, 5, 15));
        String html = PerformancePages.render("governing-body-update", GoverningBodyUpdateController.TITLE, quarter,
                update, PerformanceCharts.of(update.period(), update.previousPeriod()));

        // kept for a look in a browser (target/ is build output)
        Files.writeString(Path.of("target/governing-body-update.html"), html);

        Document page = PerformancePages.parsed(html);
        assertThat(PerformancePages.assertFiguresMatch(page, JSON, update)).isGreaterThan(80);
        assertThat(page.select("[data-figure^=overdue.actionsByComplaint]")).hasSize(2);
        assertThat(page.select("table")).allSatisfy(table -> assertThat(table.select("> caption")).hasSize(1));
        assertThat(page.select("svg[role=img]")).hasSize(4);
        assertThat(html).doesNotContain("A Resident", "resident-of-");
    }
}
