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
        String id = logLeakingRoof(ledger);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(dueFor(ledger, id, "2026-11-09")).containsExactly("stage-1-acknowledgement 2026-11-09"));
        assertThat(dueFor(ledger, id, "2026-11-08")).isEmpty();

        acknowledgeOnWednesday(ledger, id);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(dueFor(ledger, id, null)).containsExactly("stage-1-response 2026-11-18"));

        ledger.post("/api/complaints/" + id + "/withdrawal", "{\"reason\": \"repaired anyway\"}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(dueFor(ledger, id, null)).isEmpty());
    }

    @Test
    void aComplaintTakenOnAfterItsRefusalOwesItsAcknowledgementAfresh() {
        LedgerClient ledger = new LedgerClient(port);
        String id = logLeakingRoof(ledger);
        String at = "/api/complaints/" + id;
        acknowledgeOnWednesday(ledger, id);
        ledger.post(at + "/refusal", """
                {"occurredAt": "2026-11-05T09:00:00Z", "backdatingReason": "from the paper log",
                 "reason": "LEGAL_PROCEEDINGS", "explanation": "a claim was issued", "residentToldOfOmbudsmanRight": true}""");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(dueFor(ledger, id, null)).isEmpty());

        // Instructed Mon 9 Nov: 5 working days are 10, 11, 12, 13 and Mon 16 Nov; no response is owed until the
        // stage is acknowledged again.
        ledger.post(at + "/take-on-instruction", """
                {"occurredAt": "2026-11-09T09:00:00Z", "backdatingReason": "from the paper log",
                 "instructedBy": "LANDLORD_REVIEW", "instructionReference": "REV-12", "reason": "no claim was issued"}""");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(dueFor(ledger, id, null)).containsExactly("stage-1-acknowledgement 2026-11-16"));
    }

    @Test
    void aDateThatIsNotADateIsABadRequest() {
        assertThat(new LedgerClient(port).get("/api/due-steps?by=soon").status()).isEqualTo(400);
    }

    /** Received Mon 2 Nov 2026, recorded from the paper log. */
    private static String logLeakingRoof(LedgerClient ledger) {
        return ledger.post("/api/complaints", """
                {"occurredAt": "2026-11-02T10:00:00Z", "backdatingReason": "from the paper log", "channel": "LETTER",
                 "complainant": {"residentName": "Dee"}, "category": "repairs", "tenure": "LOW_COST_RENTAL", "description": "Leaking roof",
                 "outcomesSought": ["roof repaired"]}""").id();
    }

    /** Stage 1 acknowledged Wed 4 Nov 2026. */
    private static void acknowledgeOnWednesday(LedgerClient ledger, String id) {
        ledger.post("/api/complaints/" + id + "/stages/1/acknowledgement", """
                {"occurredAt": "2026-11-04T09:00:00Z", "backdatingReason": "from the paper log", "handler": "Hal",
                 "definition": {"understanding": "roof leaks", "outcomesSought": ["repair"]},
                 "responsibleFor": ["roof"], "notResponsibleFor": []}""");
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
