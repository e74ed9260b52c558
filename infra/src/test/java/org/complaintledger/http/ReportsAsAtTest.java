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
