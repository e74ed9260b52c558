package org.complaintledger.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.complaintledger.access.Role;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationContext;
import org.complaintledger.testsupport.OwnerDatabase;
import tools.jackson.databind.JsonNode;

/**
 * A projection that fails on an event parks it: the rest of that complaint's events wait behind it, other complaints
 * go on, health and metrics show it, the officer sees and retries it, and every figure built meanwhile says it is
 * incomplete, never silently short.
 */
@LedgerTest
class ParkedEventsHttpTest {

    /** Wed 18 June 2025: no other test receives complaints on this day. */
    private static final String DAY = "2025-06-18";
    private static final String COUNTS = "/api/reports/complaint-counts?from=" + DAY + "&to=" + DAY;
    private static final String ANALYSIS = "/api/analysis/complaints?from=" + DAY + "&to=" + DAY;
    private static final String REVIEWS = "/api/reviews-due?by=2030-12-31";
    private static final String LATE = "\"backdatingReason\": \"from the paper log\"";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ParkedEvents parkedEvents;

    @Autowired
    EventProcessingConfiguration processing;

    PoisonedReadModels readModels;

    @Autowired
    ApplicationContext context;

    /** The poison is the owner's: the application's runtime role may create no table or trigger. */
    @BeforeEach
    void poisonable() {
        readModels = new PoisonedReadModels(new JdbcTemplate(OwnerDatabase.of(context)));
    }

    /** Nothing stays parked for the next test, even when this one fails. */
    @AfterEach
    void cured() {
        readModels.remove();
        parkedEvents.processingGroups().forEach(parkedEvents::retry);
    }

    @Test
    void aPoisonedComplaintIsParkedShownCountedAsMissingAndRetriedOnceFixed() {
        LedgerClient ledger = new LedgerClient(port);
        String resident = "RES-POISON-" + UUID.randomUUID();
        readModels.poison(resident);
        // Both complaints in one batch of case-summary: the poisoned one must not take the healthy one down with it.
        EventProcessor caseSummary = processing.eventProcessor("case-summary").orElseThrow();
        caseSummary.shutDown();
        String poisoned;
        String healthy;
        try {
            poisoned = log(ledger, resident);
            healthy = log(ledger, "RES-HEALTHY-" + UUID.randomUUID());
        } finally {
            caseSummary.start();
        }

        // The healthy complaint is counted; the poisoned one is parked, and the counts say they are short of it.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode counts = ledger.get(COUNTS).body();
            assertThat(total(counts).get("received").asLong()).isEqualTo(1);
            // path, not get: until the count is short of the parked event there is no "incomplete" to read, and the
            // await must retry that rather than fail on it
            assertThat(counts.path("incomplete").path("processingGroups").toString()).contains("case-summary");
        });
        assertThat(parkedIn(ledger, "case-summary", poisoned)).extracting(p -> p.get("eventType").asString())
                .containsExactly("ComplaintLogged");
        JsonNode logged = parkedIn(ledger, "case-summary", poisoned).getFirst();
        assertThat(logged.get("cause").asString()).contains("test poison");
        assertThat(logged.get("globalPosition").asLong()).isPositive();
        assertThat(logged.get("retries").asLong()).isZero();
        assertThat(logged.get("parkedAt").asString()).isNotEmpty();
        assertThat(parkedIn(ledger, "case-summary", healthy)).isEmpty();
        JsonNode analysis = ledger.get(ANALYSIS).body();
        assertThat(analysis.get("complaints").size()).isEqualTo(1);
        assertThat(analysis.get("incomplete").get("parkedEvents").asLong()).isPositive();
        assertThat(ledger.getText(ANALYSIS.replace("complaints?", "complaints.csv?")).headers()
                .firstValue("Ledger-Incomplete")).hasValueSatisfying(h -> assertThat(h).contains("case-summary"));

        // Its next event waits behind it in case-summary; due-steps, poisoned for this complaint now, parks it too.
        readModels.poison(poisoned);
        acknowledge(ledger, poisoned);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(parkedIn(ledger, "case-summary", poisoned)).extracting(p -> p.get("eventType").asString())
                    .containsExactly("ComplaintLogged", "StageAcknowledged");
            assertThat(parkedIn(ledger, "due-steps", poisoned)).extracting(p -> p.get("eventType").asString())
                    .containsExactly("StageAcknowledged");
        });
        // Parked with their personal data sealed under the resident's key, as in the event store.
        assertThat(String.join("\n", jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM dead_letter_entry "
                + "WHERE sequence_identifier = ?", String.class, poisoned)))
                .contains("\"residentName\":\"pd1:" + resident + ":")
                .doesNotContain("\"Pat\"", "Leaking roof", "roof leaks", "paper log");
        JsonNode due = ledger.get("/api/due-steps?size=1000").body();
        assertThat(due.get("incomplete").get("processingGroups").toString()).contains("due-steps");

        // Health is DEGRADED (still HTTP 200 for load balancers), with the counts for an officer; metrics too.
        var health = ledger.getText("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"DEGRADED\"", "\"case-summary\":2", "\"due-steps\":1");
        assertThat(ledger.getText("/actuator/prometheus").body())
                .containsPattern("ledger_parked_events\\{processing_group=\"case-summary\"} 2\\.0")
                .containsPattern("ledger_parked_events\\{processing_group=\"due-steps\"} 1\\.0");
        assertThat(new LedgerClient(port, Role.HANDLER).get("/api/parked-events").status()).isEqualTo(403);

        // A retry before the cause is fixed fails again and keeps the sequence parked, counting the retry.
        JsonNode again = ledger.request("POST", "/api/parked-events/case-summary/sequences/" + poisoned + "/retry",
                null).body();
        assertThat(again.get("sequencesCleared").asInt()).isZero();
        assertThat(parkedIn(ledger, "case-summary", poisoned).getFirst().get("retries").asLong()).isEqualTo(1);

        // Fixed: the retries process every parked event in order and the figures are whole again.
        readModels.cure();
        JsonNode retried = ledger.request("POST", "/api/parked-events/case-summary/retry", null).body();
        assertThat(retried.get("sequencesCleared").asInt()).isEqualTo(retried.get("sequencesRetried").asInt())
                .isPositive();
        assertThat(ledger.request("POST", "/api/parked-events/due-steps/sequences/" + poisoned + "/retry", null).body()
                .get("sequencesCleared").asInt()).isEqualTo(1);
        JsonNode counts = ledger.get(COUNTS).body();
        assertThat(total(counts).get("received").asLong()).isEqualTo(2);
        assertThat(total(counts).get("stageOneAcknowledged").asLong()).isEqualTo(1);
        assertThat(counts.get("incomplete").isNull()).isTrue();
        assertThat(ledger.get(ANALYSIS).body().get("complaints").size()).isEqualTo(2);
        assertThat(ledger.get("/api/parked-events").body()).isEmpty();
        assertThat(ledger.getText("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(ledger.getText("/actuator/prometheus").body())
                .containsPattern("ledger_parked_events\\{processing_group=\"case-summary\"} 0\\.0");
    }

    @Test
    void aRecordParkedInReviewsDueMakesTheReviewsTheRecordsAndTheRetentionListSayIncomplete() {
        LedgerClient ledger = new LedgerClient(port);
        String resident = "RES-POISON-" + UUID.randomUUID();
        String records = "/api/residents/" + resident + "/records";
        readModels.poison(resident);
        LedgerClient.Reply agreed = ledger.post("/api/residents/" + resident + "/adjustments", """
                {"kind": "ADJUSTMENT_AGREED", "description": "letters in large print", "agreedWith": "the resident",
                 "reviewDue": "2030-01-31", "recordedBy": "Alice"}""");
        assertThat(agreed.status()).as(agreed.body().toString()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                ledger.get(REVIEWS).body().path("incomplete").path("processingGroups").toString())
                .contains("reviews-due"));
        assertThat(ledger.get(records).body().get("adjustments")).isEmpty();
        assertThat(ledger.get(records).body().get("incomplete").get("parkedEvents").asLong()).isPositive();
        assertThat(ledger.get("/api/retention/due").body().get("incomplete").get("processingGroups").toString())
                .contains("reviews-due");

        // Fixed and retried: the record is listed and nothing says incomplete.
        readModels.cure();
        ledger.request("POST", "/api/parked-events/reviews-due/retry", null);
        JsonNode whole = ledger.get(records).body();
        assertThat(whole.get("adjustments")).hasSize(1);
        assertThat(whole.get("incomplete").isNull()).isTrue();
        assertThat(ledger.get(REVIEWS).body().get("incomplete").isNull()).isTrue();
    }

    @Test
    void everyStreamingProcessorParksAndNoSubscribingOneDoes() {
        assertThat(processing.eventProcessors()).isNotEmpty().allSatisfy((name, processor) -> assertThat(
                processing.deadLetterQueue(name).isPresent()).as(name)
                .isEqualTo(processor instanceof StreamingEventProcessor));
        assertThat(parkedEvents.processingGroups())
                .containsExactly("case-summary", "due-steps", "landlord-context", "outcomes-and-remedies", "retention",
                        "reviews-due",
                        "self-assessment-evidence", "timescale-compliance");
    }

    @Test
    void retryingAGroupThatParksNothingIsNotFound() {
        LedgerClient ledger = new LedgerClient(port);
        LedgerClient.Reply reply = ledger.request("POST", "/api/parked-events/closure-days/retry", null);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().get("detail").asString()).contains("case-summary", "due-steps");
    }

    private static String log(LedgerClient ledger, String residentId) {
        return ledger.post("/api/complaints", """
                {"occurredAt": "%sT10:00:00Z", %s, "channel": "PHONE",
                 "complainant": {"residentId": "%s", "residentName": "Pat"}, "category": "repairs",
                 "tenure": "LOW_COST_RENTAL", "description": "Leaking roof", "outcomesSought": ["roof repaired"]}"""
                .formatted(DAY, LATE, residentId)).id();
    }

    /** Acknowledged the next day, Thu 19 June 2025: within 5 working days (4.1). */
    private static void acknowledge(LedgerClient ledger, String id) {
        LedgerClient.Reply reply = ledger.post("/api/complaints/" + id + "/stages/1/acknowledgement", """
                {"occurredAt": "2025-06-19T09:00:00Z", %s, "handler": "Hal",
                 "definition": {"understanding": "roof leaks", "outcomesSought": ["repair"]},
                 "responsibleFor": ["roof"], "notResponsibleFor": []}""".formatted(LATE));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    }

    /** The row of all complaints: the last, after the rows by category. */
    private static JsonNode total(JsonNode counts) {
        JsonNode rows = counts.get("rows");
        return rows.get(rows.size() - 1);
    }

    private static List<JsonNode> parkedIn(LedgerClient ledger, String group, String complaintId) {
        List<JsonNode> parked = new ArrayList<>();
        ledger.get("/api/parked-events").body().forEach(event -> {
            if (event.get("processingGroup").asString().equals(group)
                    && event.get("sequenceId").asString().equals(complaintId)) {
                parked.add(event);
            }
        });
        return parked;
    }
}
