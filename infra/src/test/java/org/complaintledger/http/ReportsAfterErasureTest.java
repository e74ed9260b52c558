package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Erasing a resident changes no figure of any published report: the reports hold counts and complaint ids, never
 * personal data, whether read now or rebuilt as at an instant from events that now read "[erased]".
 */
@LedgerTest
class ReportsAfterErasureTest {

    /** Every report, over the year and the quarter of the complaint (answered in November 2026). */
    private static final List<String> REPORTS = List.of(
            "/api/reports/tenant-satisfaction-measures?financialYear=2026",
            "/api/reports/annual?financialYear=2026",
            "/api/reports/self-assessment-evidence?financialYear=2026",
            "/api/reports/governing-body-update?from=2026-10-01&to=2026-12-31");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void erasingAResidentChangesNoFigureNowOrAsAtBeforeTheErasure() {
        LedgerClient ledger = new LedgerClient(port);
        String id = ledger.complaintThroughStageOne(null, "Erin Erasable");
        await().atMost(Duration.ofSeconds(20)).until(() -> processed("SELECT count(*) FROM timescale_compliance "
                + "WHERE complaint_id = ? AND responded_on IS NOT NULL", id));
        Map<String, JsonNode> before = reports(ledger, "");
        Instant beforeErasure = Instant.now();

        assertThat(ledger.post("/api/data-subjects/" + id + "/erasure", ErasureHttpTest.ERASURE).status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> processed("SELECT count(*) FROM forgotten_data_subject "
                + "WHERE data_subject_id = ?", id));

        assertThat(reports(ledger, "")).isEqualTo(before);
        Map<String, JsonNode> asAt = reports(ledger, "&asAt=" + beforeErasure);
        assertThat(asAt).isEqualTo(before);
    }

    private Map<String, JsonNode> reports(LedgerClient ledger, String asAt) {
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        for (String report : REPORTS) {
            LedgerClient.Reply reply = ledger.get(report + asAt);
            assertThat(reply.status()).as(report + " " + reply.body()).isEqualTo(200);
            assertThat(reply.body().toString()).doesNotContain("Erin Erasable");
            reports.put(report, reply.body().get("report"));
        }
        return reports;
    }

    private boolean processed(String countQuery, String id) {
        return jdbc.queryForObject(countQuery, Long.class, id) > 0;
    }
}
