package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.personaldata.PersonalData;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The retention job erases whoever the policy no longer allows keeping, and nobody else, records its run, and leaves
 * every figure as it was. The policy here keeps nothing after closure (P0D) and never runs by itself.
 */
@LedgerTest
@TestPropertySource(properties = {"complaint-ledger.retention.period=P0D", "complaint-ledger.retention.cron=-"})
class RetentionHttpTest {

    private static final String DAY = "2024-09-04";
    private static final String COUNTS = "/api/reports/complaint-counts?from=" + DAY + "&to=" + DAY;

    @LocalServerPort
    int port;

    @Test
    void erasesOnlyThoseWhoseEveryComplaintClosedAndRecordsTheRun() {
        LedgerClient ledger = new LedgerClient(port);
        String closed = log(ledger, "RES-CLOSED");
        withdraw(ledger, closed);
        String closedWithoutResidentId = log(ledger, null);
        withdraw(ledger, closedWithoutResidentId);
        String stillOpen = log(ledger, "RES-OPEN");
        withdraw(ledger, log(ledger, "RES-OPEN"));
        withdraw(ledger, log(ledger, "RES-CLOSED-TOO"));
        ResidentRecordsClient restricted = new ResidentRecordsClient(ledger);
        withdraw(ledger, log(ledger, restricted.id));
        assertThat(restricted.imposeRestriction(true, ResidentRecordsClient.TODAY.plusMonths(3)).status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(due(ledger))
                .containsExactlyInAnyOrder("RES-CLOSED", closedWithoutResidentId, "RES-CLOSED-TOO"));
        JsonNode countsBefore = ledger.get(COUNTS).body();

        Reply run = ledger.post("/api/retention/runs", "");

        assertThat(run.status()).as(run.body().toString()).isEqualTo(201);
        assertThat(strings(run.body().get("erasedSubjects")))
                .containsExactlyInAnyOrder("RES-CLOSED", closedWithoutResidentId, "RES-CLOSED-TOO");
        assertThat(run.body().get("notErased")).isEmpty();
        assertThat(run.body().get("policy").asString()).startsWith("P0D");
        JsonNode logged = ledger.events(closed).get(0).get("payload");
        assertThat(logged.get("complainant").get("residentName").asString()).isEqualTo(PersonalData.ERASED);
        assertThat(logged.get("description").asString()).isEqualTo(PersonalData.ERASED);
        assertThat(ledger.events(stillOpen).get(0).get("payload").get("description").asString())
                .isEqualTo("Damp in the hall");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ledger.get("/api/retention/runs").body().get(0).get("erased").asInt()).isEqualTo(3));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(due(ledger)).isEmpty());
        assertThat(ledger.get(COUNTS).body()).isEqualTo(countsBefore);
        Reply nextRun = ledger.post("/api/retention/runs", "");
        assertThat(nextRun.body().get("dueSubjects")).isEmpty();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ledger.get("/api/retention/runs").body().size()).isEqualTo(2));
    }

    static List<String> due(LedgerClient ledger) {
        return strings(ledger.get("/api/retention/due").body().get("subjects"), "dataSubjectId");
    }

    static List<String> strings(JsonNode array, String... field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add((field.length == 0 ? node : node.get(field[0])).asString()));
        return values;
    }

    /** A complaint received on 4 September 2024 (backdated) from the resident (null: not known by id). */
    static String log(LedgerClient ledger, String residentId) {
        Reply reply = ledger.post("/api/complaints", """
                {"occurredAt": "%s", "backdatingReason": "entered from the paper log", "channel": "PHONE",
                 "complainant": {%s"residentName": "Rowena Retained"}, "category": "repairs", "tenure": "LOW_COST_RENTAL",
                 "description": "Damp in the hall", "outcomesSought": ["damp treated"]}"""
                .formatted(DAY, residentId == null ? "" : "\"residentId\": \"" + residentId + "\", "));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.id();
    }

    private static void withdraw(LedgerClient ledger, String complaintId) {
        assertThat(ledger.post("/api/complaints/" + complaintId + "/withdrawal", "{\"reason\": \"sorted out\"}").status())
                .isEqualTo(200);
    }
}
