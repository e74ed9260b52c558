package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * Personal data is sealed in the event table and read back in the record; erasing the data subject destroys the key,
 * after which the record shows the placeholder in exactly the personal fields and everything else as it was.
 */
@LedgerTest
class ErasureHttpTest {

    static final String NAME = "Zélie Quorndon-Smythe";
    static final String DESCRIPTION = "Black mould in the nursery of flat 9 since the flood";
    static final String ERASURE = """
            {"reason": "ERASURE_REQUEST", "basis": "UK GDPR Art. 17(1)(a)", "requestedBy": "dpo-team"}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerClient ledger;

    @BeforeEach
    void connect() {
        ledger = new LedgerClient(port);
    }

    @Test
    void personalDataIsUnreadableInTheEventTableAndReadableInTheRecord() {
        String id = ledger.logComplaint(null, NAME, DESCRIPTION);

        String stored = String.join("\n", jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", String.class, id));
        assertThat(stored).doesNotContain(NAME).doesNotContain("Quorndon").doesNotContain(DESCRIPTION)
                .doesNotContain("nursery").contains("\"residentName\":\"pd1:" + id + ":")
                .contains("\"category\":\"repairs\"").contains("\"dataSubjectId\":\"" + id + "\"");

        JsonNode logged = ledger.events(id).get(0).get("payload");
        assertThat(logged.get("complainant").get("residentName").asString()).isEqualTo(NAME);
        assertThat(logged.get("description").asString()).isEqualTo(DESCRIPTION);
    }

    @Test
    void erasureShowsThePlaceholderInExactlyThePersonalFieldsAndKeepsEverythingElse() {
        String id = ledger.complaintThroughStageOne(null, NAME);
        JsonNode before = ledger.events(id);

        Reply erased = ledger.post("/api/data-subjects/" + id + "/erasure", ERASURE);

        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(201);
        assertThat(erased.body().get("dataSubjectId").asString()).isEqualTo(id);
        assertThat(erased.body().get("reason").asString()).isEqualTo("ERASURE_REQUEST");
        assertThat(erased.body().get("requestedBy").asString()).as("the signed-in officer, not the body's dpo-team")
                .isEqualTo("officer");
        assertThat(erased.body().get("occurredAt").isString()).isTrue();
        Map<String, String> changed = differences(before, ledger.events(id));
        assertThat(changed.values()).containsOnly(PersonalData.ERASED);
        assertThat(changed.keySet()).containsExactlyInAnyOrder(
                "[0].payload.backdatingReason", "[0].payload.complainant.residentName",
                "[0].payload.complainant.residentReference", "[0].payload.complainant.representative.name",
                "[0].payload.complainant.representative.relationship", "[0].payload.description",
                "[0].payload.outcomesSought[0]", "[0].payload.outcomesSought[1]",
                "[1].payload.backdatingReason", "[1].payload.definition.understanding",
                "[1].payload.definition.outcomesSought[0]", "[1].payload.responsibleFor[0]",
                "[1].payload.notResponsibleFor[0]",
                "[2].payload.backdatingReason", "[2].payload.reasons", "[2].payload.remediesOffered[0].description",
                "[2].payload.remediesOffered[1].description", "[2].payload.outstandingActions[0].description",
                "[2].payload.escalationRoute");
        assertThat(jdbc.queryForMap("SELECT key, destroyed_at FROM data_subject_key WHERE subject_id = ?", id))
                .containsEntry("key", null).extractingByKey("destroyed_at").isNotNull();
    }

    @Test
    void aResidentsErasureCoversEveryComplaintOfTheirsAndRefusesNewPersonalData() {
        String resident = "resident-" + UUID.randomUUID();
        String first = ledger.complaintThroughStageOne(resident, NAME);
        String second = ledger.logComplaint(resident, NAME, DESCRIPTION);
        String someoneElse = ledger.logComplaint(null, NAME, DESCRIPTION);

        assertThat(ledger.post("/api/data-subjects/" + resident + "/erasure", """
                {"reason": "RETENTION_ENDED", "basis": "retention policy R4: 6 years after closure",
                 "requestedBy": "retention-job"}""").status()).isEqualTo(201);

        for (String id : List.of(first, second)) {
            assertThat(ledger.events(id).get(0).get("payload").get("complainant").get("residentName").asString())
                    .isEqualTo(PersonalData.ERASED);
        }
        assertThat(ledger.events(someoneElse).get(0).get("payload").get("description").asString()).isEqualTo(DESCRIPTION);

        long before = eventCount();
        Reply correspondence = ledger.post("/api/complaints/" + first + "/correspondence", """
                {"direction": "INBOUND", "party": "RESIDENT", "channel": "EMAIL", "summary": "Asked for an update"}""");
        assertThat(correspondence.status()).isEqualTo(409);
        assertThat(correspondence.body().get("type").asString())
                .isEqualTo("urn:complaint-ledger:problem:rule/data-subject-erased");
        assertThat(correspondence.body().get("rule").asString()).isEqualTo("data-subject-erased");
        assertThat(correspondence.body().get("provision").asString()).isEqualTo("UK GDPR Art. 17");
        assertThat(correspondence.body().get("dataSubjectId").asString()).isEqualTo(resident);
        assertThat(ledger.post("/api/complaints", LedgerClient.complaintBody(resident, "New Name", "new")).status())
                .isEqualTo(409);
        assertThat(eventCount()).as("events appended by refused steps").isEqualTo(before);

        Reply completed = ledger.post("/api/complaints/" + first + "/actions/action-1/completion", "{}");
        assertThat(completed.status()).as("a step without personal data still goes").isEqualTo(200);
        assertThat(completed.eventTypes()).containsExactly("ActionCompleted");
    }

    @Test
    void aSecondErasureIsRefusedAndRecordsNothing() {
        String id = ledger.logComplaint(null, NAME, DESCRIPTION);
        assertThat(ledger.post("/api/data-subjects/" + id + "/erasure", ERASURE).status()).isEqualTo(201);
        long before = eventCount();

        Reply again = ledger.post("/api/data-subjects/" + id + "/erasure", ERASURE);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("rule").asString()).isEqualTo("data-subject-already-erased");
        assertThat(again.body().get("provision").asString()).isEqualTo("UK GDPR Art. 17");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type = ? "
                        + "AND convert_from(payload, 'UTF8')::jsonb ->> 'dataSubjectId' = ?", Long.class,
                "org.complaintledger.personaldata.DataSubjectForgotten", id)).isEqualTo(1);
    }

    @Test
    void aBadErasureRequestNamesTheField() {
        long before = eventCount();
        Reply noReason = ledger.post("/api/data-subjects/someone/erasure", """
                {"basis": "UK GDPR Art. 17(1)(a)", "requestedBy": "dpo-team"}""");
        Reply badId = ledger.post("/api/data-subjects/not%20an%20id/erasure", ERASURE);
        Reply unknownReason = ledger.post("/api/data-subjects/someone/erasure", """
                {"reason": "BORED", "basis": "b", "requestedBy": "dpo-team"}""");

        assertThat(List.of(noReason, badId, unknownReason)).extracting(Reply::status).containsOnly(400);
        assertThat(noReason.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(badId.body().get("errors").get(0).get("field").asString()).isEqualTo("dataSubjectId");
        assertThat(unknownReason.body().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM data_subject_key WHERE subject_id = 'someone'", Long.class))
                .isZero();
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    /** Every leaf whose value differs between two JSON documents of the same shape, by path, with the new value. */
    static Map<String, String> differences(JsonNode before, JsonNode after) {
        Map<String, String> changed = new TreeMap<>();
        collect("", before, after, changed);
        return changed;
    }

    private static void collect(String path, JsonNode before, JsonNode after, Map<String, String> changed) {
        if (before.isContainer()) {
            assertThat(after.size()).as("size of " + path).isEqualTo(before.size());
            List<String> names = new ArrayList<>(before.propertyNames());
            if (before.isArray()) {
                for (int i = 0; i < before.size(); i++) {
                    collect(path + "[" + i + "]", before.get(i), after.get(i), changed);
                }
            }
            for (String name : names) {
                collect(path + "." + name, before.get(name), after.get(name), changed);
            }
        } else if (!before.equals(after)) {
            changed.put(path.startsWith(".") ? path.substring(1) : path, after.asString());
        }
    }
}
