package org.complaintledger.reports.governingbody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.complaintledger.code.InvalidField;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.governingbody.GoverningBodyUpdate.Overdue;
import org.complaintledger.reports.governingbody.GoverningBodyUpdate.OverdueOn;
import org.complaintledger.reports.performance.PerformanceFigures.Volumes;
import org.complaintledger.reports.performance.PerformancePages;
import org.complaintledger.reports.performance.TwoYearsOfComplaints;
import org.complaintledger.reports.render.CsvTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** The governing body's update (9.7): its default quarter, trends and what is overdue, from TwoYearsOfComplaints. */
class GoverningBodyUpdateArithmeticTest {

    @RegisterExtension
    static final ProjectionDatabase DATABASE = ProjectionDatabase.withModuleMigrations();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void twoYears() {
        TwoYearsOfComplaints.feed(DATABASE.jdbc());
    }

    @Test
    void defaultsToTheLastCompleteQuarterOfTheFinancialYear() {
        // in the first quarter (April-June) the last complete one is January-March
        assertThat(GoverningBodyUpdates.period(null, null, LocalDate.of(2026, 5, 15)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(GoverningBodyUpdates.period(null, null, LocalDate.of(2026, 4, 1)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        // on its last day a quarter is not yet complete
        assertThat(GoverningBodyUpdates.period(null, null, LocalDate.of(2026, 3, 31)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
        assertThat(GoverningBodyUpdates.period(null, null, LocalDate.of(2025, 7, 1)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)));
        // and the quarter before a quarter is the one before it
        assertThat(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)).previous())
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void refusesOneEndOfAPeriodWithoutTheOther() {
        assertThatThrownBy(() -> GoverningBodyUpdates.period(LocalDate.of(2026, 1, 1), null, LocalDate.of(2026, 5, 1)))
                .isInstanceOf(InvalidField.class).satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("to"));
        assertThatThrownBy(() -> GoverningBodyUpdates.period(null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 1)))
                .isInstanceOf(InvalidField.class)
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("from"));
    }

    @Test
    void setsTheQuarterAgainstThePreviousOne() {
        ReportPeriod quarter = GoverningBodyUpdates.period(null, null, LocalDate.of(2026, 5, 15));
        GoverningBodyUpdate update = GoverningBodyUpdates.read(DATABASE.jdbc(), JSON, quarter,
                LocalDate.of(2026, 5, 15));
        // January-March: c09 c10 c11 c12 received, c09 escalated (1 / 4 = 25.0 %) and refused, c12 refused
        assertThat(update.period().volumes()).isEqualTo(new Volumes(4, 1, 0, 1, 1, 0, new BigDecimal("25.0")));
        // October-December: c06 c07 c08 received, c06 escalated: 1 / 3 = 33.3 %
        assertThat(update.previousPeriod().volumes()).isEqualTo(new Volumes(3, 1, 0, 0, 0, 0,
                new BigDecimal("33.3")));
        assertThat(update.trends().getFirst().change()).isEqualByComparingTo("1");
        // determined 2 March with its order complied late on 20 March
        assertThat(update.period().ombudsman().determinations()).isEqualTo(1);
        assertThat(update.period().ombudsman().orders().compliedLate()).isEqualTo(1);
    }

    @Test
    void laysTheUpdateOutAsALongTableWithWhatIsOverdueByComplaint() {
        ReportPeriod quarter = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        GoverningBodyUpdate update = GoverningBodyUpdates.read(DATABASE.jdbc(), JSON, quarter,
                LocalDate.of(2026, 5, 15));
        CsvTable csv = GoverningBodyUpdates.csv(JSON, update);
        // c02's action overdue as at 1 April; the overdue rows have nothing to set beside them
        assertThat(csv.rows()).contains(Arrays.asList("overdue.actionsByComplaint", "overdue", "c02", BigDecimal.ONE,
                null)).hasSizeGreaterThan(60);
        PerformancePages.assertCsvMatches(csv, JSON, update,
                path -> path.startsWith("overdue") ? path : "period." + path,
                path -> path.startsWith("overdue") ? "(none)" : "previousPeriod." + path);
    }

    @Test
    void listsWhatWasOverdueAtTheEndOfThePeriod() {
        ReportPeriod quarter = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        // as at 1 April: c02's action due 30 Sep and c03's £500 due 22 Aug are not done; c06's order due 16 Mar was
        // complied with late on 20 Mar, so nothing is overdue with the Ombudsman
        assertThat(GoverningBodyUpdates.read(DATABASE.jdbc(), JSON, quarter, LocalDate.of(2026, 5, 15)).overdue())
                .isEqualTo(new Overdue(LocalDate.of(2026, 4, 1), 2, 0,
                        List.of(new OverdueOn("c02", 1), new OverdueOn("c03", 1)), List.of()));
        // as at 18 March, during March: c06's order was overdue then, c08's action done late on 3 Feb was not
        ReportPeriod march = new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(GoverningBodyUpdates.read(DATABASE.jdbc(), JSON, march, LocalDate.of(2026, 3, 18)).overdue())
                .isEqualTo(new Overdue(LocalDate.of(2026, 3, 18), 2, 1,
                        List.of(new OverdueOn("c02", 1), new OverdueOn("c03", 1)), List.of(new OverdueOn("c06", 1))));
    }
}
