package org.complaintledger.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.embeddedpostgres.OutageLoad.Answer;
import org.complaintledger.personaldata.PersonalData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Steps, reads and the calendar at two nodes (TwoNodesTest): each decided and read on the latest the ledger holds. */
final class SameRecordAtBothNodes {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ACKNOWLEDGEMENT = """
            {"handler": "Sam Handler", "definition": {"understanding": "Heating not repaired", "outcomesSought": ["heat"]},
             "responsibleFor": ["heating repair"], "notResponsibleFor": []}""";
    private static final String RESPONSE = """
            {"decision": "NOT_UPHELD", "reasons": "r", "remediesOffered": [], "outstandingActions": [],
             "escalationRoute": "ask for stage 2", "respondedBy": "Sam Handler"}""";
    private static final String ERASURE = """
            {"reason": "ERASURE_REQUEST", "basis": "UK GDPR Art. 17(1)(a)", "requestedBy": "dpo-team"}""";

    private SameRecordAtBothNodes() {
    }

    /**
     * Steps on one complaint alternately at each node (the other's cached complaint is behind every time), then at
     * the same moment at both: each is answered as the latest events allow, and each acknowledged step is on the
     * record, exactly once.
     */
    static void stepsInTurnAndAtOnce(LedgerNode a, LedgerNode b) throws Exception {
        try (ExecutorService both = Executors.newFixedThreadPool(8)) {
            for (int complaint = 0; complaint < 4; complaint++) {
                String id = JSON.readTree(a.client().send("POST", "/api/complaints", OutageLoad.COMPLAINT).body())
                        .path("id").asString();
                String at = "/api/complaints/" + id;
                int issues = 0;
                for (LedgerNode node : List.of(a, b, a, b)) {
                    Answer issue = node.client().send("POST", at + "/issues", "{\"description\": \"in turn\"}");
                    assertThat(issue.status()).as(issue.body()).isEqualTo(200);
                    issues++;
                }
                // The same acknowledgement at both at once: one records it, the other is refused by the rules.
                Future<Answer> atA = both.submit(() -> a.client().send("POST", at + "/stages/1/acknowledgement",
                        ACKNOWLEDGEMENT));
                Future<Answer> atB = both.submit(() -> b.client().send("POST", at + "/stages/1/acknowledgement",
                        ACKNOWLEDGEMENT));
                assertThat(List.of(atA.get().status(), atB.get().status())).as(atA.get().body() + atB.get().body())
                        .containsExactlyInAnyOrder(200, 409);
                // Issues at both at once: all recorded, or a concurrent-change refusal recording nothing.
                List<Future<Answer>> racing = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    LedgerNode node = i % 2 == 0 ? a : b;
                    racing.add(both.submit(() -> node.client().send("POST", at + "/issues",
                            "{\"description\": \"at once\"}")));
                }
                for (Future<Answer> answer : racing) {
                    assertThat(answer.get().status()).as(answer.get().body()).isIn(200, 409);
                    if (answer.get().status() == 200) {
                        issues++;
                    } else {
                        assertThat(answer.get().body()).contains("urn:complaint-ledger:problem:concurrent-change");
                    }
                }
                assertThat(events(b, at).size()).as("logged, acknowledged once, and every issue acknowledged")
                        .isEqualTo(1 + 1 + issues);
            }
        }
    }

    /**
     * b holds the complaint as logged; a acknowledges it; b is asked for the response, which the rules refuse before an
     * acknowledgement (6.2). Decided on b's cached complaint it would be refused, appending nothing for the sequence
     * numbers to catch; decided on the latest events it is recorded.
     */
    static void aRefusalIsDecidedOnTheLatestEvents(LedgerNode a, LedgerNode b) {
        String at = "/api/complaints/" + logged(a);
        assertThat(b.client().send("POST", at + "/issues", "{\"description\": \"cached at b\"}").status())
                .isEqualTo(200);
        assertThat(a.client().send("POST", at + "/stages/1/acknowledgement", ACKNOWLEDGEMENT).status()).isEqualTo(200);
        Answer response = b.client().send("POST", at + "/stages/1/response", RESPONSE);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** Read at {@code other} (its key cached there), erased at {@code erasing}: read at once at {@code other}, erased. */
    static void anErasureHoldsAtTheOtherNodeAtOnce(LedgerNode erasing, LedgerNode other) {
        String id = logged(erasing);
        assertThat(residentName(other, id)).isEqualTo("Olive Outage");
        Answer erased = erasing.client().send("POST", "/api/data-subjects/" + id + "/erasure", ERASURE);
        assertThat(erased.status()).as(erased.body()).isEqualTo(201);
        assertThat(residentName(other, id)).as("read at the other node right after the erasure's answer")
                .isEqualTo(PersonalData.ERASED);
    }

    /**
     * A closure day declared at one node counts in the other's working-day calendar (heard over NOTIFY, within
     * milliseconds, so awaited), and stops counting there when withdrawn.
     */
    static void aClosureDayDeclaredAtOneNodeCountsAtTheOther(LedgerNode declaring, LedgerNode other) {
        LocalDate day = LocalDate.of(2098, 12, 24);  // a Wednesday no deadline of the test reaches
        WorkingDayCalendar calendar = other.process().context().getBean(WorkingDayCalendar.class);
        assertThat(calendar.isWorkingDay(day)).isTrue();
        Answer declared = declaring.client().send("POST", "/api/landlord/closure-days",
                "{\"day\": \"" + day + "\", \"reason\": \"Christmas Eve\", \"declaredBy\": \"officer-1\"}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(5)).until(() -> !calendar.isWorkingDay(day));
        Answer withdrawn = declaring.client().send("POST", "/api/landlord/closure-days/" + day + "/withdrawal",
                "{\"reason\": \"Open after all\", \"withdrawnBy\": \"officer-1\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> calendar.isWorkingDay(day));
    }

    private static String logged(LedgerNode node) {
        return JSON.readTree(node.client().send("POST", "/api/complaints", OutageLoad.COMPLAINT).body()).path("id")
                .asString();
    }

    private static String residentName(LedgerNode node, String id) {
        return events(node, "/api/complaints/" + id).path(0).path("payload").path("complainant").path("residentName")
                .asString();
    }

    private static JsonNode events(LedgerNode node, String at) {
        JsonNode events = JSON.readTree(node.client().send("GET", at + "/events", null).body());
        return events.isArray() ? events : events.path("events");
    }
}
