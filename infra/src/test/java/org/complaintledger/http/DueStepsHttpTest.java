package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

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
    void underThe2022CodeLaterStagesOweAResponseFromTheRequestAndNoAcknowledgement() {
        // A three-stage procedure's complaint (LedgerTest), received Mon 6 Feb 2023; no bank holidays to 30 March.
        LedgerClient ledger = new LedgerClient(port);
        String late = "\"backdatingReason\": \"from the paper log\"";
        String id = ledger.post("/api/complaints", """
                {"occurredAt": "2023-02-06T10:00:00Z", %s, "channel": "LETTER",
                 "complainant": {"residentName": "Dee"}, "category": "repairs", "tenure": "LOW_COST_RENTAL", "description": "Leaking roof",
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
                 "outstandingActions": [], "escalationRoute": "ask us for the next stage", "respondedBy": "%s"}""";
        ledger.post(at + "/stages/1/response", response.formatted("2023-02-10T09:00:00Z", late, "Hal"));

        // Requested Mon 13 Feb: 20 working days (5.13) end Mon 13 March; nothing to acknowledge by a date.
        ledger.post(at + "/escalation-request", "{\"occurredAt\": \"2023-02-13T10:00:00Z\", %s}".formatted(late));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(dueFor(ledger, id, null)).containsExactly("stage-2-response 2023-03-13"));
        ledger.post(at + "/stages/2/response", response.formatted("2023-03-01T09:00:00Z", late, "Dana Director"));

        // Requested Thu 2 March: 20 working days (5.18) end Thu 30 March.
        ledger.post(at + "/escalation-request", "{\"occurredAt\": \"2023-03-02T10:00:00Z\", %s}".formatted(late));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(dueFor(ledger, id, null)).containsExactly("stage-3-response 2023-03-30"));
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

    @Test
    void pagesGiveEveryOpenStepOnceInOrderWithTheTotal() {
        LedgerClient ledger = new LedgerClient(port);
        List<String> mine = List.of(logLeakingRoof(ledger), logLeakingRoof(ledger), logLeakingRoof(ledger));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(stepsOf(ledger.get(
                "/api/due-steps?by=2026-11-09&size=1000").body())).containsAll(mine.stream()
                .map(id -> id + " stage-1-acknowledgement").toList()));

        JsonNode whole = ledger.get("/api/due-steps?by=2026-11-09&size=1000").body();
        long total = whole.get("total").asLong();
        assertThat(whole.get("steps").size()).isEqualTo((int) total);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page * 2L < total; page++) {
            JsonNode onePage = ledger.get("/api/due-steps?by=2026-11-09&size=2&page=" + page).body();
            assertThat(onePage.get("total").asLong()).isEqualTo(total);
            assertThat(onePage.get("steps").size()).isEqualTo((int) Math.min(2, total - page * 2L));
            paged.addAll(stepsOf(onePage));
        }
        assertThat(total).isGreaterThan(2);
        assertThat(paged).isEqualTo(stepsOf(whole)).doesNotHaveDuplicates();
        assertThat(ledger.get("/api/due-steps?by=2026-11-09&size=2&page=" + total).body().get("steps")).isEmpty();
        // 100 a page unless asked.
        assertThat(ledger.get("/api/due-steps").body().get("size").asInt()).isEqualTo(100);
    }

    @Test
    void refusesAPageOutOfRange() {
        LedgerClient ledger = new LedgerClient(port);
        for (String query : List.of("size=0", "size=1001", "page=-1", "size=x")) {
            LedgerClient.Reply refused = ledger.get("/api/due-steps?" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.body().toString()).as(query).contains(query.substring(0, query.indexOf('=')));
        }
    }

    private static List<String> stepsOf(JsonNode page) {
        List<String> steps = new ArrayList<>();
        page.get("steps").forEach(step ->
                steps.add(step.get("complaintId").asString() + " " + step.get("step").asString()));
        return steps;
    }

    private static List<String> dueFor(LedgerClient ledger, String id, String by) {
        List<String> steps = new ArrayList<>();
        ledger.get("/api/due-steps?size=1000" + (by == null ? "" : "&by=" + by)).body().get("steps").forEach(step -> {
            if (step.get("complaintId").asString().equals(id)) {
                steps.add(step.get("step").asString() + " " + step.get("dueOn").asString());
            }
        });
        return steps;
    }
}
