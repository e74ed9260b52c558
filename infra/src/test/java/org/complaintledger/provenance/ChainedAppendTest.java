package org.complaintledger.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.personaldata.DataSubjectForgotten;
import org.complaintledger.proof.EventHash;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every event the ledger appends is chained in the appending transaction (docs/proofs.md section 1): its hash,
 * recomputed from the row as stored, is the one in event_chain, chained to its record's previous event, and sealed.
 */
@LedgerTest
class ChainedAppendTest {

    /** Not "Complaint", so that no projection mistakes these streams for complaints. */
    private static final String STREAM = "ChainTestStream";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventStorageEngine engine;

    @Autowired
    AppendSeals seals;

    LedgerClient ledger;

    @BeforeEach
    void connect() {
        ledger = new LedgerClient(port);
    }

    @Test
    void aComplaintsEventsAreChainedFromTheFirstAndRecomputeFromTheirStoredRows() {
        String id = ledger.logComplaint();
        String at = "/api/complaints/" + id;
        assertThat(ledger.post(at + "/stages/1/acknowledgement", """
                {"handler": "Sam Handler", "definition": {"understanding": "Boiler not repaired", "outcomesSought": ["repair"]},
                 "responsibleFor": [], "notResponsibleFor": []}""").status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(correspondence(id, "call " + i).status()).isEqualTo(200);
        }

        StoredChains.Verdict verdict = StoredChains.verify(jdbc, seals, id);

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.events()).isEqualTo(5);
        Map<String, Object> first = jdbc.queryForMap("SELECT previous_hash, seal_key_id FROM event_chain "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0", id);
        assertThat((byte[]) first.get("previous_hash")).isEqualTo(EventHash.NONE_BEFORE);
        assertThat(first.get("seal_key_id")).isEqualTo(seals.currentKeyId());
    }

    @Test
    void aBatchOfSeveralRecordsChainsEachEventToItsOwnRecordsPreviousOne() {
        String a = STREAM + "-a-" + UUID.randomUUID();
        String b = STREAM + "-b-" + UUID.randomUUID();
        String c = STREAM + "-c-" + UUID.randomUUID();
        eventStore.publish(List.of(event(a, 0), event(b, 0)));
        // One append of five events: a and b go on from chain rows already stored, c starts, and a#3, b#2 follow
        // events earlier in the same batch.
        eventStore.publish(List.of(event(a, 1), event(b, 1), event(c, 0), event(a, 2), event(b, 2)));

        StoredChains.Verdict verdict = StoredChains.verify(jdbc, seals, a, b, c);

        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.events()).isEqualTo(7);
        assertThat(hash(a, 1)).isNotEqualTo(hash(b, 1));
        assertThat(previousHash(a, 1)).isEqualTo(hash(a, 0));
        assertThat(previousHash(b, 1)).isEqualTo(hash(b, 0));
        assertThat(previousHash(a, 2)).isEqualTo(hash(a, 1));
        assertThat(previousHash(b, 2)).isEqualTo(hash(b, 1));
        assertThat(previousHash(c, 0)).isEqualTo(EventHash.NONE_BEFORE);
    }

    @Test
    void theTimeStampIsStoredAsTheTextThatWasHashedWhichIsWhatAxonsOwnWriterWrites() throws Exception {
        String a = STREAM + "-time-" + UUID.randomUUID();
        GenericDomainEventMessage<Appended> appended = event(a, 0);
        eventStore.publish(appended);

        String stored = jdbc.queryForObject("SELECT time_stamp FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, a);

        assertThat(stored).isEqualTo(StoredEventRows.timeStamp(appended.getTimestamp()))
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(StoredChains.verify(jdbc, seals, a).problems()).isEmpty();
        assertThat(eventStore.readEvents(a).next().getTimestamp())
                .isEqualTo(appended.getTimestamp().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        for (Instant instant : List.of(appended.getTimestamp(), Instant.parse("2026-12-01T09:30:00Z"),
                Instant.parse("2026-12-01T09:30:00.120Z"), Instant.parse("2026-12-01T09:30:00.123456789Z"),
                Instant.EPOCH)) {
            assertThat(StoredEventRows.timeStamp(instant)).as(instant.toString()).isEqualTo(writtenByAxon(instant));
        }
    }

    @Test
    void erasingTheDataSubjectChangesNoStoredByteAndBreaksNoChain() {
        String id = ledger.logComplaint(null, "Zélie Quorndon-Smythe", "Black mould in the nursery");
        assertThat(correspondence(id, "Zélie phoned about the mould").status()).isEqualTo(200);
        List<String> before = payloads(id);
        assertThat(String.join("", before)).doesNotContain("Zélie");

        Reply erased = ledger.post("/api/data-subjects/" + id + "/erasure", """
                {"reason": "ERASURE_REQUEST", "basis": "UK GDPR Art. 17(1)(a)", "requestedBy": "dpo-team"}""");

        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(201);
        assertThat(payloads(id)).isEqualTo(before);
        String erasure = jdbc.queryForObject("SELECT aggregate_identifier FROM domain_event_entry WHERE payload_type = ? "
                + "AND convert_from(payload, 'UTF8')::jsonb ->> 'dataSubjectId' = ?", String.class,
                DataSubjectForgotten.class.getName(), id);
        StoredChains.Verdict verdict = StoredChains.verify(jdbc, seals, id, erasure);
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.events()).isEqualTo(3);
        assertThat(ledger.events(id).get(0).get("payload").get("complainant").get("residentName").asString())
                .as("the record shows the placeholder: the data is gone, its proof is not").isNotEqualTo("Zélie Quorndon-Smythe");
    }

    @Test
    void nothingIsAppendedAfterAnEventThatTheLedgerDidNotChain() {
        String forged = STREAM + "-forged-" + UUID.randomUUID();
        // Written straight into the event table, as the runtime role can: no chain row, no seal.
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                + "time_stamp, payload_type, payload, meta_data) VALUES (?, ?, 0, ?, '2026-12-01T09:30:00.000Z', ?, ?, ?)",
                UUID.randomUUID().toString(), forged, STREAM, Appended.class.getName(),
                "{\"text\":\"forged\"}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> eventStore.publish(event(forged, 1)))
                .isInstanceOf(UnchainedPredecessor.class)
                .hasMessageContaining("event #0 of " + forged + " has no chain row");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, forged)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_chain WHERE aggregate_identifier = ?",
                Long.class, forged)).isZero();
    }

    private Reply correspondence(String id, String summary) {
        return ledger.post("/api/complaints/" + id + "/correspondence", """
                {"direction": "INBOUND", "party": "RESIDENT", "channel": "PHONE", "summary": "%s"}""".formatted(summary));
    }

    private List<String> payloads(String id) {
        return jdbc.queryForList("SELECT encode(payload, 'hex') FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", String.class, id);
    }

    private byte[] hash(String aggregate, long sequence) {
        return jdbc.queryForObject("SELECT event_hash FROM event_chain WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", byte[].class, aggregate, sequence);
    }

    private byte[] previousHash(String aggregate, long sequence) {
        return jdbc.queryForObject("SELECT previous_hash FROM event_chain WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", byte[].class, aggregate, sequence);
    }

    /** What the engine's own TimestampWriter sets for the time_stamp column (JdbcEventStorageEngine.writeTimestamp). */
    private String writtenByAxon(Instant instant) throws Exception {
        List<Object> written = new ArrayList<>();
        PreparedStatement recording = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    written.add(method.getName() + ":" + Arrays.asList(args).getLast());
                    return null;
                });
        Method writeTimestamp = org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine.class
                .getDeclaredMethod("writeTimestamp", PreparedStatement.class, int.class, Instant.class);
        writeTimestamp.setAccessible(true);
        writeTimestamp.invoke(engine, recording, 5, instant);
        assertThat(written).hasSize(1);
        String call = (String) written.getFirst();
        assertThat(call).startsWith("setString:");
        return call.substring("setString:".length());
    }

    static GenericDomainEventMessage<Appended> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(STREAM, aggregate, sequence, new Appended(aggregate + " #" + sequence));
    }

    record Appended(String text) {
    }
}
