package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The due-steps projection follows the events: what is owed appears with its deadline and goes when settled. */
@LedgerTest
class DueStepsHttpTest {

    @LocalServerPort
    int port;

    @Test
    void stepsAppearWhenOwedAndGoWhenDone() {
        LedgerClient ledger = new LedgerClient(port);
        String id = ledger.post("/api/complaints", """
                {"occurredAt": "2026-11-02T10:00:00Z", "backdatingReason": "from the paper log", "channel": "LETTER",
                 "complainant": {"residentName": "Dee"}, "category": "repairs", "description": "Leaking roof",
                 "outcomesSought": ["roof repaired"]}""").id();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(dueFor(ledger, id, "2026-11-09")).containsExactly("stage-1-acknowledgement 2026-11-09"));
        assertThat(dueFor(ledger, id, "2026-11-08")).isEmpty();

        ledger.post("/api/complaints/" + id + "/stages/1/acknowledgement", """
                {"occurredAt": "2026-11-04T09:00:00Z", "backdatingReason": "from the paper log", "handler": "Hal",
                 "definition": {"understanding": "roof leaks", "outcomesSought": ["repair"]},
                 "responsibleFor": ["roof"], "notResponsibleFor": []}""");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(dueFor(ledger, id, null)).containsExactly("stage-1-response 2026-11-18"));

        ledger.post("/api/complaints/" + id + "/withdrawal", "{\"reason\": \"repaired anyway\"}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(dueFor(ledger, id, null)).isEmpty());
    }

    @Test
    void underThe2022CodeLaterStagesOweAResponseFromTheRequestAndNoAcknowledgement() {
        // A three-stage procedure's complaint (LedgerTest), received Mon 6 Feb 2023; no bank holidays to 30 March.
        LedgerClient ledger = new LedgerClient(port);
        String late = "\"backdatingReason\": \"from the paper log\"";
        String id = ledger.post("/api/complaints", """
                {"occurredAt": "2023-02-06T10:00:00Z", %s, "channel": "LETTER",
                 "complainant": {"residentName": "Dee"}, "category": "repairs", "description": "Leaking roof",
                 "outcomesSought": ["roof repaired"]}""".formatted(late)).id();
        String at = "/api/complaints/" + id;
        // Five calendar days of receipt (4.1): Sat 11 Feb.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(dueFor(ledger, id, null)).containsExactly("stage-1-acknowledgement 2023-02-11"));
        ledger.post(at + "/stages/1/acknowledgement", """
                {"occurredAt": "2023-02-07T09:00:00Z", %s, "handler": "Hal",
                 "definition": {"understanding": "roof leaks", "outcomesSought": ["repair"]},
                 "responsibleFor": ["roof"], "notResponsibleFor": []}""".formatted(late));
        String response = """
                {"occurredAt": "%s", %s, "decision": "NOT_UPHELD", "reasons": "repaired", "remediesOffered": [],
                 "outstandingActions": [], "escalationRoute": "ask us for the next stage"}""";
        ledger.post(at + "/stages/1/response", response.formatted("2023-02-10T09:00:00Z", late));

        // Requested Mon 13 Feb: 20 working days (5.13) end Mon 13 March; nothing to acknowledge by a date.
        ledger.post(at + "/escalation-request", "{\"occurredAt\": \"2023-02-13T10:00:00Z\", %s}".formatted(late));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(dueFor(ledger, id, null)).containsExactly("stage-2-response 2023-03-13"));
        ledger.post(at + "/stages/2/response", response.formatted("2023-03-01T09:00:00Z", late));

        // Requested Thu 2 March: 20 working days (5.18) end Thu 30 March.
        ledger.post(at + "/escalation-request", "{\"occurredAt\": \"2023-03-02T10:00:00Z\", %s}".formatted(late));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(dueFor(ledger, id, null)).containsExactly("stage-3-response 2023-03-30"));
    }

    @Test
    void aDateThatIsNotADateIsABadRequest() {
        assertThat(new LedgerClient(port).get("/api/due-steps?by=soon").status()).isEqualTo(400);
    }

    private static List<String> dueFor(LedgerClient ledger, String id, String by) {
        List<String> steps = new ArrayList<>();
        ledger.get("/api/due-steps" + (by == null ? "" : "?by=" + by)).body().forEach(step -> {
            if (step.get("complaintId").asString().equals(id)) {
                steps.add(step.get("step").asString() + " " + step.get("dueOn").asString());
            }
        });
        return steps;
    }
}
