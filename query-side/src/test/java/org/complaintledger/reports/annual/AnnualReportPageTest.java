package org.complaintledger.reports.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.performance.PerformanceCharts;
import org.complaintledger.reports.performance.PerformancePages;
import org.complaintledger.reports.performance.TwoYearsOfComplaints;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** The annual report's page: standalone, accessible, and every figure on it the JSON answer's. */
class AnnualReportPageTest {

    @RegisterExtension
    static final ProjectionDatabase DATABASE = ProjectionDatabase.withModuleMigrations();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void twoYears() {
        TwoYearsOfComplaints.feed(DATABASE.jdbc());
    }

    @Test
    void showsTheJsonFiguresOnAPublishablePage() throws IOException {
        ReportPeriod year = ReportPeriod.financialYear("financialYear", 2025);
        AnnualReport report = AnnualReports.read(DATABASE.jdbc(), JSON, year);
        String html = PerformancePages.render("annual-report", AnnualReportController.TITLE, year, report,
                PerformanceCharts.of(report.year(), report.previousYear()));
        // kept for a look in a browser (target/ is build output)
        Files.writeString(Path.of("target/annual-report.html"), html);

        Document page = PerformancePages.parsed(html);
        assertThat(PerformancePages.assertFiguresMatch(page, JSON, report)).isGreaterThan(100);
        assertThat(page.select("h1").text()).isEqualTo(AnnualReportController.TITLE);
        assertThat(page.select("table")).allSatisfy(table -> assertThat(table.select("> caption")).hasSize(1));
        assertThat(page.select("svg[role=img]")).hasSize(4).allSatisfy(svg -> {
            assertThat(svg.select("title").first().text()).isNotBlank();
            assertThat(svg.select("desc").first().text()).isNotBlank();
        });
        assertThat(page.select("script, link[rel=stylesheet], img")).isEmpty();
        assertThat(page.select("style").html()).contains("@media print");
        assertThat(page.select("blockquote").text()).startsWith("We accept the report");
        // no resident: no name, no description, no data subject
        assertThat(html).doesNotContain("A Resident", "resident-of-", "Damp in the back bedroom");
    }

    @Test
    void saysTheGoverningBodysResponseIsNotYetRecorded() {
        ReportPeriod year = ReportPeriod.financialYear("financialYear", 2024);
        AnnualReport report = AnnualReports.read(DATABASE.jdbc(), JSON, year);
        Document page = PerformancePages.parsed(PerformancePages.render("annual-report",
                AnnualReportController.TITLE, year, report, PerformanceCharts.of(report.year(),
                        report.previousYear())));
        assertThat(page.select("#response-heading + p").text()).startsWith("Not yet recorded");
        assertThat(PerformancePages.assertFiguresMatch(page, JSON, report)).isGreaterThan(50);
    }
}
