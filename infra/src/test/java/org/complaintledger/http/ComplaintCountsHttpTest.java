package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The complaint counts of a period follow the steps taken, per category, per tenure and in all, at every stage. */
@LedgerTest
class ComplaintCountsHttpTest {

    // A day no other test receives complaints on.
    private static final String PERIOD = "/api/reports/complaint-counts?from=2024-08-07&to=2024-08-07";
    private static final String LATE = "\"backdatingReason\": \"entered from the paper log\"";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void countsWhatWasReceivedRefusedWithdrawnAndAcknowledgedOnTime() {
        LedgerClient ledger = new LedgerClient(port);
        String acknowledged = log(ledger, "repairs");
        log(ledger, "repairs");
        String refused = log(ledger, "anti-social-behaviour");
        assertThat(ledger.post("/api/complaints/" + acknowledged + "/stages/1/acknowledgement", """
                {"occurredAt": "2024-08-08", %s, "handler": "Hal",
                 "definition": {"understanding": "leak", "outcomesSought": ["repair"]},
                 "responsibleFor": ["roof"], "notResponsibleFor": []}""".formatted(LATE)).status()).isEqualTo(200);
        assertThat(ledger.post("/api/complaints/" + acknowledged + "/withdrawal",
                "{\"occurredAt\": \"2024-08-09\", %s, \"reason\": \"fixed\"}".formatted(LATE)).status()).isEqualTo(200);
        assertThat(ledger.post("/api/complaints/" + refused + "/refusal", """
                {"occurredAt": "2024-08-08", %s, "reason": "OTHER", "explanation": "a neighbour dispute, not a service",
                 "residentToldOfOmbudsmanRight": true}""".formatted(LATE)).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode rows = ledger.get(PERIOD).body().get("rows");
            assertThat(rows.size()).isEqualTo(3);
            assertThat(counts(rows.get(0))).isEqualTo("anti-social-behaviour received=1 refused=1 withdrawn=0 ack=0/0");
            assertThat(counts(rows.get(1))).isEqualTo("repairs received=2 refused=0 withdrawn=1 ack=1/1");
            assertThat(counts(rows.get(2))).isEqualTo("all received=3 refused=1 withdrawn=1 ack=1/1");
        });
    }

    /**
     * A 2022/23 period of a landlord whose procedure had a third stage ({@link LedgerTest}) counts stage 3 beside
     * stages 1 and 2 (8.1, 9.7), by category and by tenure (TSM CH01). Five complaints received Wed 5 Oct 2022 (no
     * bank holidays from then to 21 November): two go to stage 3, one answered there on time and one late; one
     * predates tenure being asked. A stage 3 acknowledgement has no deadline under the 2022 Code (5.18), so it is
     * counted as neither acknowledged nor on time.
     */
    @Test
    void countsStageThreeOfAThreeStageProcedureByCategoryAndByTenure() {
        LedgerClient ledger = new LedgerClient(port);
        String received = "2022-10-05T10:00:00+01:00";
        BackdatedComplaint onTime = toStageThree(ledger, received, "LOW_COST_RENTAL");
        onTime.acknowledged(3, "2022-10-24T09:00:00Z", "Panel Chair");
        onTime.responded(3, "2022-11-01T09:00:00Z", "UPHELD", "You may refer this to the Housing Ombudsman", "Panel Chair");
        // Escalated to stage 3 Fri 21 Oct: 20 working days (5.18) are 24-28 Oct, 31 Oct-4 Nov, 7-11 and 14-18 Nov.
        BackdatedComplaint late = toStageThree(ledger, received, "LOW_COST_RENTAL");
        late.responded(3, "2022-11-21T09:00:00Z", "NOT_UPHELD", "You may refer this to the Housing Ombudsman", "Panel Chair");
        BackdatedComplaint homeOwnership = BackdatedComplaint.logged(ledger, received, "leasehold-and-service-charges",
                "LOW_COST_HOME_OWNERSHIP", "");
        homeOwnership.acknowledged(1, "2022-10-06T09:00:00Z", "Sam Handler");
        BackdatedComplaint.logged(ledger, received, "damp-and-mould", "LOW_COST_RENTAL", "");
        // Logged before the ledger asked for tenure: its case summary as the projection wrote it then.
        jdbc.update("INSERT INTO case_summary (complaint_id, data_subject_id, code_version, channel, category, received_at, "
                        + "beyond_refusal_window, status, last_step_at, final_stage) VALUES (?, ?, '2022', 'LETTER', "
                        + "'repairs', ?, FALSE, 'STAGE_ONE', ?, 3)", "legacy-" + UUID.randomUUID(), "subject-legacy",
                Timestamp.from(OffsetDateTime.parse(received).toInstant()), Timestamp.from(OffsetDateTime.parse(received).toInstant()));

        String period = "/api/reports/complaint-counts?from=2022-10-05&to=2022-10-05";
        List<String> expected = List.of(
                "damp-and-mould/- received=1 threeStage=1 s1ack=0/0 escalated=0 s2resp=0/0 s3req=0 s3ack=0/0 s3resp=0/0",
                "leasehold-and-service-charges/- received=1 threeStage=1 s1ack=1/1 escalated=0 s2resp=0/0 s3req=0 s3ack=0/0 s3resp=0/0",
                "repairs/- received=3 threeStage=3 s1ack=2/2 escalated=2 s2resp=2/2 s3req=2 s3ack=0/0 s3resp=1/2",
                "-/LOW_COST_HOME_OWNERSHIP received=1 threeStage=1 s1ack=1/1 escalated=0 s2resp=0/0 s3req=0 s3ack=0/0 s3resp=0/0",
                "-/LOW_COST_RENTAL received=3 threeStage=3 s1ack=2/2 escalated=2 s2resp=2/2 s3req=2 s3ack=0/0 s3resp=1/2",
                "-/NOT_RECORDED received=1 threeStage=1 s1ack=0/0 escalated=0 s2resp=0/0 s3req=0 s3ack=0/0 s3resp=0/0",
                "-/- received=5 threeStage=5 s1ack=3/3 escalated=2 s2resp=2/2 s3req=2 s3ack=0/0 s3resp=1/2");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(stageCounts(ledger.get(period + "&by=category,tenure").body().get("rows")))
                        .isEqualTo(expected));
        assertThat(stageCounts(ledger.get(period + "&by=tenure").body().get("rows"))).isEqualTo(expected.subList(3, 7));
        assertThat(stageCounts(ledger.get(period + "&by=tenure&by=category").body().get("rows"))).isEqualTo(expected);
        assertThat(stageCounts(ledger.get(period).body().get("rows"))).containsExactly(expected.get(0), expected.get(1),
                expected.get(2), expected.get(6));
    }

    /** Logged, answered at stages 1 and 2 on time, and escalated to stage 3 on Fri 21 Oct 2022. */
    private static BackdatedComplaint toStageThree(LedgerClient ledger, String received, String tenure) {
        BackdatedComplaint complaint = BackdatedComplaint.logged(ledger, received, "repairs", tenure, "");
        complaint.acknowledged(1, "2022-10-06T09:00:00Z", "Sam Handler");
        complaint.responded(1, "2022-10-07T09:00:00Z", "NOT_UPHELD", "Ask us for stage 2", "Sam Handler");
        complaint.escalated("2022-10-10T10:00:00Z");
        complaint.responded(2, "2022-10-20T09:00:00Z", "NOT_UPHELD", "Ask us for a stage 3 review", "Dana Director");
        assertThat(complaint.escalated("2022-10-21T10:00:00Z").event(0).get("responseDue").asString())
                .isEqualTo("2022-11-18");
        return complaint;
    }

    @Test
    void refusesABreakdownItDoesNotKnow() {
        LedgerClient ledger = new LedgerClient(port);
        LedgerClient.Reply refused = new Refusals(jdbc).badRequest(
                () -> ledger.get("/api/reports/complaint-counts?from=2025-04-01&to=2026-03-31&by=landlord"), "by");
        assertThat(refused.body().toString()).contains("category", "tenure");
        new Refusals(jdbc).badRequest(
                () -> ledger.get("/api/reports/complaint-counts?from=2025-04-01&to=2026-03-31&by=,"), "by");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsOrHasNoEnd() {
        LedgerClient ledger = new LedgerClient(port);
        assertThat(ledger.get("/api/reports/complaint-counts?from=2025-02-01&to=2025-01-01").status()).isEqualTo(400);
        assertThat(ledger.get("/api/reports/complaint-counts?from=2025-02-01").status()).isEqualTo(400);
    }

    private static String counts(JsonNode row) {
        return (row.get("category").isNull() ? "all" : row.get("category").asString()) + " received=" + row.get("received").asLong()
                + " refused=" + row.get("refused").asLong() + " withdrawn=" + row.get("withdrawn").asLong()
                + " ack=" + row.get("stageOneAcknowledgedOnTime").asLong() + "/" + row.get("stageOneAcknowledged").asLong();
    }

    private static List<String> stageCounts(JsonNode rows) {
        List<String> counts = new ArrayList<>();
        rows.forEach(row -> counts.add(name(row, "category") + "/" + name(row, "tenure")
                + " received=" + row.get("received").asLong() + " threeStage=" + row.get("threeStageProcedure").asLong()
                + " s1ack=" + row.get("stageOneAcknowledgedOnTime").asLong() + "/" + row.get("stageOneAcknowledged").asLong()
                + " escalated=" + row.get("escalationRequested").asLong()
                + " s2resp=" + row.get("stageTwoRespondedOnTime").asLong() + "/" + row.get("stageTwoResponded").asLong()
                + " s3req=" + row.get("stageThreeRequested").asLong()
                + " s3ack=" + row.get("stageThreeAcknowledgedOnTime").asLong() + "/" + row.get("stageThreeAcknowledged").asLong()
                + " s3resp=" + row.get("stageThreeRespondedOnTime").asLong() + "/" + row.get("stageThreeResponded").asLong()));
        return counts;
    }

    private static String name(JsonNode row, String breakdown) {
        return row.get(breakdown).isNull() ? "-" : row.get(breakdown).asString();
    }

    private static String log(LedgerClient ledger, String category) {
        LedgerClient.Reply reply = ledger.post("/api/complaints", """
                {"occurredAt": "2024-08-07", %s, "channel": "LETTER",
                 "complainant": {"residentName": "Rhiannon Resident"}, "category": "%s", "tenure": "LOW_COST_RENTAL",
                 "description": "Leaking roof", "outcomesSought": ["roof repaired"]}""".formatted(LATE, category));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.id();
    }
}
