package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.http.ResidentRecordsClient.TODAY;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Learning from complaints over HTTP (9.1-9.3, 8.1d): drawn from complaints on the ledger, linked to a later one,
 * handed to a new owner, delivered; each mistake refused with problem details and nothing appended.
 */
@LedgerTest
class LearningHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerClient ledger;
    Refusals refusals;

    @BeforeEach
    void connect() {
        ledger = new LedgerClient(port);
        refusals = new Refusals(jdbc);
    }

    private static String learningBody(String... complaintIds) {
        List<String> quoted = new ArrayList<>();
        for (String id : complaintIds) {
            quoted.add("\"" + id + "\"");
        }
        return """
                {"complaintIds": [%s], "lesson": "repair appointments missed when the contractor's van is diverted",
                 "improvement": "text residents the morning of a rescheduled appointment", "owner": "repairs-team",
                 "improvementDue": "%s", "recordedBy": "alice.shah"}""".formatted(String.join(", ", quoted),
                TODAY.plusMonths(2));
    }

    private String learning(String... complaintIds) {
        Reply recorded = ledger.post("/api/learning", learningBody(complaintIds));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        return recorded.id();
    }

    @Test
    void lessonIsDrawnLinkedToALaterComplaintReassignedRescheduledDeliveredAndReadBack() {
        String first = ledger.logComplaint();
        String second = ledger.logComplaint();
        Reply recorded = ledger.post("/api/learning", learningBody(first, second));
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        String at = "/api/learning/" + recorded.id();
        assertThat(recorded.raw().headers().firstValue("Location")).hasValue(at);
        assertThat(recorded.eventTypes()).containsExactly("LearningRecorded");
        assertThat(recorded.event(0).get("complaintIds").toString()).isEqualTo("[\"" + first + "\",\"" + second + "\"]");

        String later = ledger.logComplaint();
        Reply linked = ledger.post(at + "/complaints", """
                {"complaintId": "%s", "linkedBy": "ben.okoro"}""".formatted(later));
        assertThat(linked.status()).as(linked.body().toString()).isEqualTo(200);
        assertThat(linked.eventTypes()).containsExactly("LearningLinkedToComplaint");

        Reply reassigned = ledger.post(at + "/owner", """
                {"owner": "customer-experience", "reason": "the work moved with the contract", "reassignedBy": "carla.ng"}""");
        assertThat(reassigned.status()).as(reassigned.body().toString()).isEqualTo(200);
        assertThat(reassigned.event(0).get("previousOwner").asString()).isEqualTo("repairs-team");

        Reply rescheduled = ledger.post(at + "/due-date", """
                {"improvementDue": "%s", "reason": "the supplier starts later", "rescheduledBy": "carla.ng"}"""
                .formatted(TODAY.plusMonths(3)));
        assertThat(rescheduled.status()).as(rescheduled.body().toString()).isEqualTo(200);
        assertThat(rescheduled.event(0).get("previousDue").asString()).isEqualTo(TODAY.plusMonths(2).toString());

        Reply delivered = ledger.post(at + "/delivery", """
                {"delivered": "morning-of texts live for every repair", "recordedBy": "alice.shah"}""");
        assertThat(delivered.status()).as(delivered.body().toString()).isEqualTo(200);
        assertThat(delivered.eventTypes()).containsExactly("ImprovementDelivered");
        assertThat(delivered.event(0).get("owner").asString()).isEqualTo("customer-experience");
        assertThat(delivered.event(0).get("onTime").asBoolean()).isTrue();
        assertThat(delivered.event(0).get("improvementDue").asString()).isEqualTo(TODAY.plusMonths(3).toString());

        JsonNode events = ledger.get(at + "/events").body();
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.get("type").asString()));
        assertThat(types).containsExactly("LearningRecorded", "LearningLinkedToComplaint", "ImprovementOwnerReassigned",
                "ImprovementRescheduled", "ImprovementDelivered");
        assertThat(events.get(4).get("sequenceNumber").asLong()).isEqualTo(4);
    }

    @Test
    void aLessonFromNoComplaintOrFromAComplaintNotOnTheLedgerIsRefusedNamingTheField() {
        String logged = ledger.logComplaint();
        refusals.badRequest(() -> ledger.post("/api/learning", learningBody()), "complaintIds");
        refusals.badRequest(() -> ledger.post("/api/learning", learningBody(logged, "no-such-complaint")),
                "complaintIds[1]");
        refusals.badRequest(() -> ledger.post("/api/learning", learningBody(logged, logged)), "complaintIds");
        refusals.badRequest(() -> ledger.post("/api/learning", learningBody("C".repeat(65))),
                "complaintIds[0].<list element>");
        refusals.badRequest(() -> ledger.post("/api/learning", "{}"),
                "complaintIds", "lesson", "improvement", "owner", "improvementDue", "recordedBy");
        refusals.badRequest(() -> ledger.post("/api/learning", """
                {"complaintIds": ["%s"], "lessons": "a misspelt field"}""".formatted(logged)),
                "lessons", "lesson", "improvement", "owner", "improvementDue", "recordedBy");
    }

    @Test
    void anAdjustmentsIdIsNoComplaintToLearnFrom() {
        Reply adjustment = new ResidentRecordsClient(ledger).agreeAdjustment(TODAY.toString(), TODAY.plusMonths(1));
        refusals.badRequest(() -> ledger.post("/api/learning", learningBody(adjustment.id())), "complaintIds[0]");
    }

    @Test
    void aComplaintAlreadyLinkedNothingToChangeAndAnImprovementAlreadyDeliveredAreConflicts() {
        String complaint = ledger.logComplaint();
        String at = "/api/learning/" + learning(complaint);
        refusals.conflict(() -> ledger.post(at + "/complaints", """
                {"complaintId": "%s", "linkedBy": "ben.okoro"}""".formatted(complaint)), "learning-already-linked", null);
        refusals.conflict(() -> ledger.post(at + "/owner", """
                {"owner": "repairs-team", "reason": "no change", "reassignedBy": "carla.ng"}"""),
                "improvement-owner-unchanged", null);
        refusals.conflict(() -> ledger.post(at + "/due-date", """
                {"improvementDue": "%s", "reason": "no change", "rescheduledBy": "carla.ng"}"""
                .formatted(TODAY.plusMonths(2))), "improvement-due-unchanged", null);

        String delivery = """
                {"delivered": "done", "recordedBy": "alice.shah"}""";
        assertThat(ledger.post(at + "/delivery", delivery).status()).isEqualTo(200);
        refusals.conflict(() -> ledger.post(at + "/delivery", delivery), "improvement-already-delivered", null);
        refusals.conflict(() -> ledger.post(at + "/owner", """
                {"owner": "someone-else", "reason": "too late", "reassignedBy": "carla.ng"}"""),
                "improvement-already-delivered", null);
    }

    @Test
    void deliveryBeforeTheLessonWasDrawnIsRefusedOnItsDate() {
        String at = "/api/learning/" + learning(ledger.logComplaint());
        refusals.badRequest(() -> ledger.post(at + "/delivery", """
                {"occurredAt": "%s", "backdatingReason": "written up late", "delivered": "done",
                 "recordedBy": "alice.shah"}""".formatted(TODAY.minusDays(1))), "occurredAt");
    }

    @Test
    void learningNotOnTheLedgerIsNotFound() {
        String unknown = UUID.randomUUID().toString();
        Reply reply = refusals.notFound(() -> ledger.post("/api/learning/" + unknown + "/delivery", """
                {"delivered": "done", "recordedBy": "alice.shah"}"""), "not-on-record");
        assertThat(reply.body().get("detail").asString()).contains("learning").contains(unknown);
        assertThat(ledger.get("/api/learning/" + unknown + "/events").status()).isEqualTo(404);
    }

    @Test
    void anIdOfAnotherKindOfRecordIsNoLearningAndLearningIsNoComplaint() {
        String complaint = ledger.logComplaint();
        String learning = learning(complaint);
        String delivery = """
                {"delivered": "done", "recordedBy": "alice.shah"}""";
        refusals.notFound(() -> ledger.post("/api/learning/" + complaint + "/delivery", delivery), "not-on-record");
        assertThat(ledger.get("/api/learning/" + complaint + "/events").status()).isEqualTo(404);
        refusals.notFound(() -> ledger.post("/api/survey-dissatisfaction/" + learning + "/told-how-to-complain", """
                {"howTold": "by phone", "toldBy": "ben.okoro"}"""), "not-on-record");
        refusals.notFound(() -> ledger.post("/api/complaints/" + learning + "/withdrawal", "{}"), "unknown-complaint");
        refusals.badRequest(() -> ledger.post("/api/learning", learningBody(learning)), "complaintIds[0]");
    }
}
