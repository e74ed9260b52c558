package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.http.ResidentRecordsClient.TODAY;

import java.util.Map;
import java.util.UUID;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.personaldata.PersonalData;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Survey responses that expressed dissatisfaction over HTTP (1.6): recorded, the resident told how to complain later,
 * the complaint it became; what the resident said sealed under their key and erased with it.
 */
@LedgerTest
class SurveyDissatisfactionHttpTest {

    static final String SAID = "Third visit for the leak at flat 12 and nobody ever calls back";
    static final String HOW_TOLD = "Phoned Mrs Okafor; complaints policy emailed to her";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerClient ledger;
    Refusals refusals;
    final String resident = "R-" + UUID.randomUUID();

    @BeforeEach
    void connect() {
        ledger = new LedgerClient(port);
        refusals = new Refusals(jdbc);
    }

    private Reply record(boolean told, String howTold) {
        return ledger.post("/api/survey-dissatisfaction", """
                {"survey": "repairs transactional survey", "residentId": "%s", "whatTheySaid": "%s",
                 "toldHowToComplain": %s%s, "recordedBy": "surveys-team"}""".formatted(resident, SAID, told,
                howTold == null ? "" : ", \"howTold\": \"" + howTold + "\""));
    }

    private String notTold() {
        Reply recorded = record(false, null);
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        return "/api/survey-dissatisfaction/" + recorded.id();
    }

    private Reply tell(String at) {
        return ledger.post(at + "/told-how-to-complain", """
                {"howTold": "%s", "toldBy": "ben.okoro"}""".formatted(HOW_TOLD));
    }

    @Test
    void dissatisfactionIsRecordedThenTheResidentToldHowToComplainThenItBecomesAComplaint() {
        Reply recorded = record(false, null);
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        String at = "/api/survey-dissatisfaction/" + recorded.id();
        assertThat(recorded.raw().headers().firstValue("Location")).hasValue(at);
        assertThat(recorded.eventTypes()).containsExactly("SurveyDissatisfactionRecorded");
        assertThat(recorded.event(0).get("toldHowToComplain").asBoolean()).isFalse();
        assertThat(recorded.event(0).get("whatTheySaid").asString()).isEqualTo(SAID);

        Reply told = tell(at);
        assertThat(told.status()).as(told.body().toString()).isEqualTo(200);
        assertThat(told.eventTypes()).containsExactly("ResidentToldHowToComplain");

        String complaint = ledger.logComplaint(resident, "Ada Okafor", "Leak not fixed after three visits");
        Reply became = ledger.post(at + "/complaint", """
                {"complaintId": "%s", "linkedBy": "ben.okoro"}""".formatted(complaint));
        assertThat(became.status()).as(became.body().toString()).isEqualTo(200);
        assertThat(became.event(0).get("complaintId").asString()).isEqualTo(complaint);

        JsonNode events = ledger.get(at + "/events").body();
        assertThat(events).hasSize(3);
        assertThat(events.get(1).get("payload").get("howTold").asString()).isEqualTo(HOW_TOLD);
    }

    @Test
    void whatTheResidentSaidIsSealedInTheEventTableAndErasedWithThem() {
        String at = notTold();
        tell(at);
        String id = at.substring(at.lastIndexOf('/') + 1);
        String stored = String.join("\n", jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", String.class, id));
        assertThat(stored).doesNotContain("flat 12").doesNotContain("Okafor").contains("repairs transactional survey");
        JsonNode before = ledger.get(at + "/events").body();

        Reply erased = ledger.post("/api/data-subjects/" + resident + "/erasure", ErasureHttpTest.ERASURE);
        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(201);

        Map<String, String> changed = ErasureHttpTest.differences(before, ledger.get(at + "/events").body());
        assertThat(changed.values()).containsOnly(PersonalData.ERASED);
        assertThat(changed.keySet()).containsExactlyInAnyOrder("[0].payload.whatTheySaid",
                "[1].payload.howTold");
        refusals.conflict(() -> record(true, "told again, after erasure"), "data-subject-erased", "UK GDPR Art. 17");
    }

    @Test
    void aResidentAlreadyToldIsAConflictAndEveryMistakeNamesItsField() {
        Reply toldAtTheTime = record(true, HOW_TOLD);
        assertThat(toldAtTheTime.status()).as(toldAtTheTime.body().toString()).isEqualTo(201);
        String at = "/api/survey-dissatisfaction/" + toldAtTheTime.id();
        refusals.conflict(() -> tell(at), "resident-already-told-how-to-complain", null);

        refusals.badRequest(() -> record(true, null), "howTold");
        refusals.badRequest(() -> record(false, HOW_TOLD), "howTold");
        refusals.badRequest(() -> ledger.post("/api/survey-dissatisfaction", "{}"),
                "survey", "residentId", "whatTheySaid", "toldHowToComplain", "recordedBy");
        refusals.badRequest(() -> ledger.post(at + "/complaint", """
                {"complaintId": "no-such-complaint", "linkedBy": "ben.okoro"}"""), "complaintId");
        String notTold = notTold();
        refusals.badRequest(() -> ledger.post(notTold + "/told-how-to-complain", """
                {"occurredAt": "%s", "backdatingReason": "entered late", "howTold": "by letter", "toldBy": "ben"}"""
                .formatted(TODAY.minusDays(1))), "occurredAt");
    }

    @Test
    void aResponseBecomesOneComplaintOnly() {
        String complaint = ledger.logComplaint();
        String at = notTold();
        String link = """
                {"complaintId": "%s", "linkedBy": "ben.okoro"}""".formatted(complaint);
        assertThat(ledger.post(at + "/complaint", link).status()).isEqualTo(200);
        refusals.conflict(() -> ledger.post(at + "/complaint", link), "survey-response-already-became-complaint", null);
    }

    @Test
    void aSurveyResponseNotOnTheLedgerIsNotFound() {
        String unknown = UUID.randomUUID().toString();
        refusals.notFound(() -> tell("/api/survey-dissatisfaction/" + unknown), "not-on-record");
        assertThat(ledger.get("/api/survey-dissatisfaction/" + unknown + "/events").status()).isEqualTo(404);
    }
}
