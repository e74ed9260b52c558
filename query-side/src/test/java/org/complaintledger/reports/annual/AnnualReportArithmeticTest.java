package org.complaintledger.reports.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.performance.FigureTable.Change;
import org.complaintledger.reports.performance.PerformanceFigures;
import org.complaintledger.reports.performance.PerformancePages;
import org.complaintledger.reports.performance.PerformanceFigures.Actions;
import org.complaintledger.reports.performance.PerformanceFigures.Extensions;
import org.complaintledger.reports.performance.PerformanceFigures.FindingCount;
import org.complaintledger.reports.performance.PerformanceFigures.Learning;
import org.complaintledger.reports.performance.PerformanceFigures.Month;
import org.complaintledger.reports.performance.PerformanceFigures.OmbudsmanFigures;
import org.complaintledger.reports.performance.PerformanceFigures.Orders;
import org.complaintledger.reports.performance.PerformanceFigures.RefusalGround;
import org.complaintledger.reports.performance.PerformanceFigures.Remedies;
import org.complaintledger.reports.performance.PerformanceFigures.RemedyType;
import org.complaintledger.reports.performance.PerformanceFigures.Split;
import org.complaintledger.reports.performance.PerformanceFigures.StageOutcomes;
import org.complaintledger.reports.performance.PerformanceFigures.StageTimeliness;
import org.complaintledger.reports.performance.PerformanceFigures.Volumes;
import org.complaintledger.reports.performance.TwoYearsOfComplaints;
import org.complaintledger.reports.render.CsvTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** The annual report's arithmetic (8.1, 8.2), worked by hand from {@link TwoYearsOfComplaints}. */
class AnnualReportArithmeticTest {

    @RegisterExtension
    static final ProjectionDatabase DATABASE = ProjectionDatabase.withModuleMigrations();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static AnnualReport report;

    @BeforeAll
    static void twoYears() {
        TwoYearsOfComplaints.feed(DATABASE.jdbc());
        report = AnnualReports.read(DATABASE.jdbc(), JSON, ReportPeriod.financialYear("financialYear", 2025));
    }

    @Test
    void countsTheYearsComplaintsByStageAndTheEscalationRate() {
        // received c01..c12 = 12; escalations requested: c02 (7 Jul), c06 (17 Nov), c09 (2 Feb, later refused) = 3;
        // 3 / 12 = 25.0 %; refused c04, c12; escalation refused c09; withdrawn c05
        assertThat(report.year().volumes()).isEqualTo(new Volumes(12, 3, 0, 2, 1, 1, new BigDecimal("25.0")));
        assertThat(report.year().label()).isEqualTo("2025/26");
        assertThat(report.year().from()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void spreadsTheYearOverItsTwelveMonths() {
        List<Month> months = report.year().byMonth();
        assertThat(months).hasSize(12).first().isEqualTo(new Month("2025-04", 0, 0, 0, 0));
        // June: c01, c02 received; c01 answered in time on 17 June
        assertThat(months.get(2)).isEqualTo(new Month("2025-06", 2, 0, 1, 1));
        // July: c03 received, c02 escalated; c02 answered late on 3 July
        assertThat(months.get(3)).isEqualTo(new Month("2025-07", 1, 1, 1, 0));
        // August: c02 stage 2 (4 Aug) and c03 (11 Aug, in time as extended)
        assertThat(months.get(4)).isEqualTo(new Month("2025-08", 0, 0, 2, 2));
        // December: c08 received; c07 late (9 Dec), c08 (12 Dec) and c06 stage 2 (15 Dec) in time
        assertThat(months.get(8)).isEqualTo(new Month("2025-12", 1, 0, 3, 2));
        assertThat(months.get(10)).isEqualTo(new Month("2026-02", 1, 1, 1, 1));
        assertThat(months.stream().mapToLong(Month::received).sum()).isEqualTo(12);
        assertThat(months.stream().mapToLong(Month::responded).sum()).isEqualTo(10);
    }

    @Test
    void splitsByCategoryChannelAndTenure() {
        // repairs: c01 c02 c05 c08 c09 c11 c12, escalated c02 c09; damp: c03 c04 c06 c10, escalated c06
        assertThat(report.year().byCategory()).containsExactly(new Split("repairs", 7, 2),
                new Split("damp-and-mould", 4, 1), new Split("anti-social-behaviour", 1, 0));
        // EMAIL c02 c04 c07 c10 c12; PHONE c01 c06 c08 c11; then the ones, escalated first, then by name
        assertThat(report.year().byChannel()).containsExactly(new Split("EMAIL", 5, 1), new Split("PHONE", 4, 1),
                new Split("SOCIAL_MEDIA", 1, 1), new Split("LETTER", 1, 0), new Split("ONLINE_FORM", 1, 0));
        // c08 has no tenure recorded; LCHO c04 c07
        assertThat(report.year().byTenure()).containsExactly(new Split("LOW_COST_RENTAL", 9, 3),
                new Split("LOW_COST_HOME_OWNERSHIP", 2, 0), new Split("NOT_RECORDED", 1, 0));
    }

    @Test
    void givesTheDecisionsOfEachStage() {
        // stage 1: UPHELD c01 c03 c08 c10, PARTLY c07, NOT c02 c06 c09; stage 2: PARTLY c02, UPHELD c06
        assertThat(report.year().outcomesByStage()).containsExactly(new StageOutcomes("Stage 1", 4, 1, 3),
                new StageOutcomes("Stage 2", 1, 1, 0));
    }

    @Test
    void measuresTimelinessInBothReadings() {
        // stage 1 acknowledged: c01 c02(late) c03 c06 c07 c08 c09 c10 c11 = 9, 8 on time. Answered: c01 c02 c03 c06
        // c07 c08 c09 c10 = 8; as extended c02 and c07 late: 6 = 75.0 %; against the original c03 and c06 late too:
        // 4 = 50.0 %. Stage 2: c02 and c06, acknowledged and answered in time (c09's refused before acknowledgement)
        assertThat(report.year().timeliness()).containsExactly(
                new StageTimeliness("Stage 1", 9, 8, 8, 6, 4, new BigDecimal("75.0"), new BigDecimal("50.0")),
                new StageTimeliness("Stage 2", 2, 2, 2, 2, 2, new BigDecimal("100.0"), new BigDecimal("100.0")));
        // c03 once within the limit; c06 twice, beyond with a good reason; c07 once, beyond without
        assertThat(report.year().extensions()).isEqualTo(new Extensions(3, 4, 2, 1, 1));
    }

    @Test
    void countsRefusalsByGround() {
        assertThat(report.year().refusalsByGround()).containsExactly(new RefusalGround("ALREADY_CONSIDERED", 0, 1),
                new RefusalGround("LEGAL_PROCEEDINGS", 1, 0), new RefusalGround("MORE_THAN_12_MONTHS", 1, 0));
    }

    @Test
    void sumsRemediesCompensationAndActions() {
        // financial: c01 £250 paid, c03 £500 not paid, c06 £100 paid, c10 £150 paid: offered 100,000p, paid 50,000p;
        // apology c02 completed (late)
        assertThat(report.year().remedies()).isEqualTo(new Remedies(List.of(new RemedyType("APOLOGY", 1, 1, 0),
                new RemedyType("FINANCIAL", 4, 3, 100_000)), 5, 100_000, 50_000));
        // due in the year: c01-r1, c06-r1, c10-r1 on time; c02-r2, c08-a1 late; c02-a3, c03-r1 not done
        assertThat(report.year().actions()).isEqualTo(new Actions(7, 3, 2, 2));
    }

    @Test
    void reportsTheOmbudsmansReferralsDeterminationsAndOrders() {
        // c06 referred 19 Jan, determined 2 Mar (maladministration, service failure), its order complied late on
        // 20 Mar; c02's handling failure order of 1 Oct complied on time
        assertThat(report.year().ombudsman()).isEqualTo(new OmbudsmanFigures(1, 1,
                List.of(new FindingCount("MALADMINISTRATION", 1), new FindingCount("SERVICE_FAILURE", 1)), 1, 0,
                new Orders(2, 1, 1, 0)));
    }

    @Test
    void reportsLearningAndImprovementsDelivered() {
        // L1 (c02, c03) and L2 (c06) recorded; L1 due 31 Dec delivered on time, L2 due 31 Mar not delivered
        assertThat(report.year().learning()).isEqualTo(new Learning(2, 3, 2, 1, 0, 1));
    }

    @Test
    void setsTheYearAgainstHomesOwnedAndTheGoverningBodysResponse() {
        // 12 * 1000 / 2400 = 5.00; 3 * 1000 / 2400 = 1.25
        assertThat(report.homes()).isEqualTo(new AnnualReport.Homes(2400L, new BigDecimal("5.00"),
                new BigDecimal("1.25")));
        assertThat(report.governingBodyResponse().recorded()).isTrue();
        assertThat(report.governingBodyResponse().respondedOn()).isEqualTo(LocalDate.of(2026, 5, 20));
    }

    @Test
    void comparesWithThePreviousYear() {
        PerformanceFigures before = report.previousYear();
        // p1, p2, p3 received; p2 escalated: 1 / 3 = 33.3 %; p3 refused
        assertThat(before.volumes()).isEqualTo(new Volumes(3, 1, 0, 1, 0, 0, new BigDecimal("33.3")));
        // p1 in time, p2 late; p2's stage 2 in time
        assertThat(before.timeliness().getFirst()).isEqualTo(
                new StageTimeliness("Stage 1", 2, 2, 2, 1, 1, new BigDecimal("50.0"), new BigDecimal("50.0")));
        assertThat(before.remedies().compensationOfferedPence()).isEqualTo(20_000);
        // L0 due 31 Jan 2025, delivered late 10 Feb
        assertThat(before.learning()).isEqualTo(new Learning(1, 1, 1, 0, 1, 0));
        // 3 * 1000 / 2300 = 1.304...; 1 * 1000 / 2300 = 0.434...
        assertThat(report.previousHomes()).isEqualTo(new AnnualReport.Homes(2300L, new BigDecimal("1.30"),
                new BigDecimal("0.43")));

        assertThat(change("volumes.stageOneReceived")).isEqualTo(new Change("volumes.stageOneReceived",
                "Stage 1 complaints received", BigDecimal.valueOf(12), BigDecimal.valueOf(3), BigDecimal.valueOf(9)));
        // 25.0 - 33.3
        assertThat(change("volumes.escalationRatePercent").change()).isEqualByComparingTo("-8.3");
        // 100,000 - 20,000 pence
        assertThat(change("remedies.compensationOfferedPence").change()).isEqualByComparingTo("80000");
        assertThat(change("stageOnePerThousandHomes").change()).isEqualByComparingTo("3.70");
    }

    @Test
    void saysWhenTheGoverningBodyHasNotYetResponded() {
        AnnualReport lastYear = AnnualReports.read(DATABASE.jdbc(), JSON,
                ReportPeriod.financialYear("financialYear", 2024));
        assertThat(lastYear.governingBodyResponse()).isEqualTo(new AnnualReport.GoverningBodyResponse(false, null,
                null));
        assertThat(lastYear.year()).isEqualTo(report.previousYear());
    }

    @Test
    void laysTheYearOutAsALongTableBesideThePreviousOne() {
        CsvTable csv = AnnualReports.csv(JSON, report);
        assertThat(csv.header()).containsExactly("section", "figure", "breakdown", "value", "previous");
        assertThat(csv.rows()).contains(List.of("volumes", "stageOneReceived", "", BigDecimal.valueOf(12),
                BigDecimal.valueOf(3)));
        assertThat(csv.rows()).contains(List.of("byCategory", "stageOne", "repairs", BigDecimal.valueOf(7),
                BigDecimal.valueOf(2)));
        assertThat(csv.rows()).contains(List.of("homes", "homesOwned", "", BigDecimal.valueOf(2400),
                BigDecimal.valueOf(2300)));
        PerformancePages.assertCsvMatches(csv, JSON, report,
                path -> path.startsWith("homes.") ? path : "year." + path,
                path -> path.startsWith("homes.") ? "previousHomes." + path.substring(6) : "previousYear." + path);
        // a category with no complaint last year has an empty cell there
        assertThat(csv.rows()).anySatisfy(row -> assertThat(row).startsWith("byCategory", "stageOne",
                "anti-social-behaviour", BigDecimal.ONE).endsWith((Object) null));
    }

    private static Change change(String figure) {
        return report.comparison().stream().filter(c -> c.figure().equals(figure)).findFirst().orElseThrow();
    }
}
