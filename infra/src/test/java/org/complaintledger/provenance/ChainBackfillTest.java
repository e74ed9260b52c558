package org.complaintledger.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.groups.Tuple;
import org.complaintledger.personaldata.KeyEncryptionKeys;
import org.complaintledger.proof.StoredEvent;
import org.complaintledger.testsupport.MigratedBefore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events stored before the ledger chained them (written into a database migrated before V23, as an older ledger left
 * it) are chained and sealed once, record by record, in batches; a later run finds nothing to do, two runs at once
 * chain each event once, and an event stored after chaining began without a chain row is never sealed.
 */
class ChainBackfillTest {

    private static final int BATCH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedPostgres server;

    private final AppendSeals seals = new AppendSeals(new KeyEncryptionKeys(
            Map.of("kek-1", new SecretKeySpec(randomBytes(32), "AES")), "kek-1", RANDOM));
    private DataSource database;
    private JdbcTemplate jdbc;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    /** A database as the ledger left it before chains: every migration before V23. */
    @BeforeEach
    void databaseOfBeforeChains() {
        String name = "ledger_" + UUID.randomUUID().toString().replace("-", "");
        new JdbcTemplate(server.getPostgresDatabase()).execute("CREATE DATABASE " + name);
        database = server.getDatabase("postgres", name);
        jdbc = new JdbcTemplate(database);
        MigratedBefore.migrate(database, "23");
    }

    @Test
    void chainsEveryEventStoredBeforeRecordByRecordInBatchesAndFindsNothingTheNextTime() {
        int stored = storeRecords(23);
        MigratedBefore.migrateAll(database);

        ChainBackfill.Outcome outcome = backfill().chainEventsStoredBeforeChaining();

        assertThat(outcome.chained()).isEqualTo(stored);
        assertThat(outcome.unchainable()).isZero();
        StoredChains.Verdict verdict = StoredChains.verify(jdbc, seals);
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.events()).isEqualTo(stored);
        List<Map<String, Object>> chains = chainRows();

        ChainBackfill.Outcome again = backfill().chainEventsStoredBeforeChaining();

        assertThat(again.chained()).isZero();
        assertThat(chainRows()).isEqualTo(chains);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_chain_backfill_finished", Long.class)).isOne();
    }

    @Test
    void onceFinishedItNeverSealsAnOldEventAgainThatLostItsChainRowAndWasChanged() {
        storeRecords(3);
        MigratedBefore.migrateAll(database);
        backfill().chainEventsStoredBeforeChaining();
        String changed = jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry "
                + "ORDER BY global_index LIMIT 1", String.class);
        // A superuser's tampering: the triggers off, the event changed and its chain row removed.
        jdbc.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_no_update_or_delete");
        jdbc.execute("ALTER TABLE event_chain DISABLE TRIGGER event_chain_no_update_or_delete");
        jdbc.update("UPDATE domain_event_entry SET payload = '{\"step\":99}'::bytea WHERE event_identifier = ?", changed);
        jdbc.update("DELETE FROM event_chain WHERE event_identifier = ?", changed);
        jdbc.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER domain_event_entry_no_update_or_delete");
        jdbc.execute("ALTER TABLE event_chain ENABLE TRIGGER event_chain_no_update_or_delete");

        ChainBackfill.Outcome outcome = backfill().chainEventsStoredBeforeChaining();

        assertThat(outcome.chained()).isZero();
        assertThat(StoredChains.verify(jdbc, seals).problems()).singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("event " + changed + " ").endsWith(": no chain row");
    }

    @Test
    void twoProcessesStartingAtOnceChainEachEventOnce() throws Exception {
        int stored = storeRecords(40);
        MigratedBefore.migrateAll(database);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService processes = Executors.newFixedThreadPool(2);
        List<Future<ChainBackfill.Outcome>> outcomes = new ArrayList<>();
        try {
            for (int process = 0; process < 2; process++) {
                // Each its own connections and transactions, as two processes have.
                ChainBackfill backfill = backfill();
                outcomes.add(processes.submit(() -> {
                    together.await();
                    return backfill.chainEventsStoredBeforeChaining();
                }));
            }
            long chained = 0;
            for (Future<ChainBackfill.Outcome> outcome : outcomes) {
                chained += outcome.get().chained();
            }
            assertThat(chained).isEqualTo(stored);
        } finally {
            processes.shutdownNow();
        }
        StoredChains.Verdict verdict = StoredChains.verify(jdbc, seals);
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.events()).isEqualTo(stored);
    }

    @Test
    void neverSealsAnEventStoredAfterChainingBeganNorOneWhosePredecessorIsMissing() {
        int stored = storeRecords(3);
        String gap = "gap-" + UUID.randomUUID();
        store(gap, 0, "Complaint", "{}");
        store(gap, 2, "Complaint", "{}");
        store(gap, 3, "Complaint", "{}");
        MigratedBefore.migrateAll(database);
        String late = "late-" + UUID.randomUUID();
        store(late, 0, "Complaint", "{\"forged\":true}");

        ChainBackfill.Outcome outcome = backfill().chainEventsStoredBeforeChaining();

        assertThat(outcome.chained()).isEqualTo(stored + 1);
        assertThat(outcome.unchainable()).isEqualTo(2);
        assertThat(outcome.firstUnchainable()).extracting(StoredEvent::aggregateIdentifier, StoredEvent::sequenceNumber)
                .containsExactly(Tuple.tuple(gap, 2L), Tuple.tuple(gap, 3L));
        assertThat(StoredChains.verify(jdbc, seals).problems()).containsExactlyInAnyOrder(
                "event " + eventId(gap, 2) + " (" + gap + " #2, Note): no chain row",
                "event " + eventId(gap, 3) + " (" + gap + " #3, Note): no chain row",
                "event " + eventId(late, 0) + " (" + late + " #0, Note): no chain row");
    }

    private ChainBackfill backfill() {
        return new ChainBackfill(new JdbcTemplate(database),
                new TransactionTemplate(new DataSourceTransactionManager(database)), new ChainLinks(seals, null), BATCH);
    }

    /** Records of 1 to 7 events, so that batches end inside records; and an event no aggregate published. */
    private int storeRecords(int records) {
        int stored = 0;
        for (int r = 0; r < records; r++) {
            String aggregate = "record-" + r + "-" + UUID.randomUUID();
            for (int sequence = 0; sequence <= r % 7; sequence++) {
                store(aggregate, sequence, "Complaint", "{\"step\":" + sequence + ",\"name\":\"pd1:sealed\"}");
                stored++;
            }
        }
        if (records > 0) {
            String id = UUID.randomUUID().toString();
            jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, "
                    + "time_stamp, payload_type, payload) VALUES (?, ?, 0, '2025-05-13T09:00:00.000Z', 'Erased', ?)",
                    id, id, "{}".getBytes(StandardCharsets.UTF_8));
            stored++;
        }
        return stored;
    }

    private void store(String aggregate, long sequence, String type, String payload) {
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                + "time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, 'Note', ?, ?, ?)",
                eventId(aggregate, sequence), aggregate, sequence, type, "2025-05-13T09:00:0" + sequence % 10 + ".120Z",
                sequence % 2 == 0 ? null : "2", payload.getBytes(StandardCharsets.UTF_8),
                sequence % 3 == 0 ? null : "{\"traceId\":\"t\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static String eventId(String aggregate, long sequence) {
        return aggregate + "/" + sequence;
    }

    private List<Map<String, Object>> chainRows() {
        return jdbc.queryForList("SELECT event_identifier, encode(previous_hash, 'hex') AS previous, "
                + "encode(event_hash, 'hex') AS hash, encode(append_seal, 'hex') AS seal FROM event_chain "
                + "ORDER BY event_identifier");
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
