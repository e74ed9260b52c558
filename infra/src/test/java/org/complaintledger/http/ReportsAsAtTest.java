package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.complaintledger.code.InvalidField;
import org.complaintledger.reports.ReportAnswer;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.Reports;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A report as at a past instant reads the report read models rebuilt from the events recorded by then, whatever was
 * backdated into that time since, says which figures changed and which steps changed them, and leaves the live read
 * models as they were. Figures are read before and after, as other tests answer complaints in 2023/24 too.
 */
@LedgerTest
class ReportsAsAtTest {

    private static final ReportPeriod YEAR = ReportPeriod.financialYear("year", 2023);

    /** A report of one figure: the stages answered in 2023/24. */
    record Answered(long responded) {
    }

    @LocalServerPort
    int port;

    @Autowired
    Reports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBackdatedResponseChangesTodaysFigureButNotTheOneAsAtBeforeItWasRecorded() {
        LedgerClient ledger = new LedgerClient(port);
        BackdatedComplaint complaint = BackdatedComplaint.logged(ledger, "2023-06-06T10:00:00+01:00",
                "repairs", "LOW_COST_RENTAL", "");
        complaint.acknowledged(1, "2023-06-07T09:00:00Z", "Hal Handler");
        await().atMost(Duration.ofSeconds(20)).until(() -> stageOneRows(complaint.id()) == 1);
        Instant published = Instant.now();
        long before = answered().report().responded();

        complaint.responded(1, "2023-06-20T09:00:00Z", "UPHELD", "You may refer this to the Housing Ombudsman",
                "Hal Handler");
        await().atMost(Duration.ofSeconds(20)).until(() -> answered().report().responded() == before + 1);

        ReportAnswer<Answered> asPublished = reports.answer("answered", YEAR, published, ReportsAsAtTest::read);
        assertThat(asPublished.report().responded()).isEqualTo(before);
        assertThat(asPublished.sinceAsAt().changedFigures()).singleElement().satisfies(change -> {
            assertThat(change.figure()).isEqualTo("responded");
            assertThat(change.asAt().longValue()).isEqualTo(before);
            assertThat(change.now().longValue()).isEqualTo(before + 1);
        });
        assertThat(asPublished.sinceAsAt().corrections().events())
                .anySatisfy(event -> {
                    assertThat(event.record()).isEqualTo(complaint.id());
                    assertThat(event.step()).isEqualTo("StageResponseIssued");
                    assertThat(event.occurredAt()).isEqualTo(Instant.parse("2023-06-20T09:00:00Z"));
                    assertThat(event.recordedAt()).isAfter(published);
                });
        // the rebuild wrote temporary tables only, gone with its transaction
        assertThat(answered().report().responded()).isEqualTo(before + 1);
        assertThat(stageOneRows(complaint.id())).isEqualTo(1);
    }

    /**
     * The homes owned in 2021/22 (this test's own year), corrected after the figure was published: the correction
     * happened after the instant, but it is about the year, so it is listed against the report as at that instant.
     */
    @Test
    void aLaterCorrectionOfTheYearsHomesIsListedWithTheFigureItChanged() {
        LedgerClient officer = new LedgerClient(port);
        ReportPeriod year = ReportPeriod.financialYear("year", 2021);
        assertThat(officer.post("/api/landlord/homes-owned", """
                {"financialYear": 2021, "homes": {"lowCostRental": 900, "lowCostHomeOwnership": 100},
                 "recordedBy": "Data Team"}""").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> homesOfRecord(2021) == 900);
        Instant published = Instant.now();

        assertThat(officer.post("/api/landlord/homes-owned", """
                {"financialYear": 2021, "homes": {"lowCostRental": 950, "lowCostHomeOwnership": 100},
                 "correctionReason": "a stock transfer was missed", "recordedBy": "Data Team"}""").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> homesOfRecord(2021) == 950);

        ReportAnswer<Homes> asPublished = reports.answer("homes", year, published,
                jdbc -> new Homes(jdbc.queryForObject("SELECT low_cost_rental FROM homes_owned "
                        + "WHERE financial_year = 2021", Long.class)));
        assertThat(asPublished.report().lowCostRental()).isEqualTo(900);
        assertThat(asPublished.sinceAsAt().changedFigures()).singleElement().satisfies(change -> {
            assertThat(change.figure()).isEqualTo("lowCostRental");
            assertThat(change.now().longValue()).isEqualTo(950);
        });
        assertThat(asPublished.sinceAsAt().corrections().events()).singleElement().satisfies(event -> {
            assertThat(event.step()).isEqualTo("HomesOwnedRecorded");
            assertThat(event.recordedAt()).isAfter(published);
        });
    }

    /** A report of one figure: the low-cost rental homes of a year. */
    record Homes(long lowCostRental) {
    }

    private long homesOfRecord(int financialYear) {
        return jdbc.queryForList("SELECT low_cost_rental FROM homes_owned WHERE financial_year = ?", Long.class,
                financialYear).stream().findFirst().orElse(0L);
    }

    @Test
    void aReportAsAtAFutureInstantIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> reports.answer("answered", YEAR, Instant.now().plusSeconds(3600),
                ReportsAsAtTest::read)).isInstanceOf(InvalidField.class)
                .satisfies(e -> assertThat(((InvalidField) e).field()).isEqualTo("asAt"));
    }

    private ReportAnswer<Answered> answered() {
        return reports.answer("answered", YEAR, null, ReportsAsAtTest::read);
    }

    private static Answered read(JdbcTemplate jdbc) {
        return new Answered(jdbc.queryForObject("SELECT count(*) FROM timescale_compliance "
                + "WHERE responded_on BETWEEN ? AND ?", Long.class, YEAR.from(), YEAR.to()));
    }

    private int stageOneRows(String complaintId) {
        return jdbc.queryForObject("SELECT count(*) FROM timescale_compliance WHERE complaint_id = ? AND stage = 1 "
                + "AND acknowledged_on IS NOT NULL", Integer.class, complaintId);
    }
}
