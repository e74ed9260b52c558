package org.complaintledger.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.complaintledger.personaldata.KeyEncryptionKeys;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.StoredEvent;
import org.complaintledger.provenance.AppendSeals;
import org.complaintledger.selfcheck.Failure.Concerns;
import org.complaintledger.testsupport.MigratedBefore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verification on a ledger written straight into the tables ({@link LedgerWriter}): 60 complaints, checkpointed
 * twice, plus events appended and sealed but not admitted yet. Intact, it passes; each {@link Tampering}, applied as
 * the tables' owner in a transaction that is rolled back afterwards, is found and named.
 */
class LedgerVerificationTest {

    static EmbeddedPostgres server;
    static DataSource owner;
    static AppendSeals seals;
    static long checkpoints;
    static long events;

    @BeforeAll
    static void writeLedger() throws Exception {
        server = EmbeddedPostgres.builder().start();
        owner = server.getPostgresDatabase();
        MigratedBefore.migrateAll(owner);
        byte[] kek = new byte[32];
        new SecureRandom().nextBytes(kek);
        seals = new AppendSeals(new KeyEncryptionKeys(Map.of("kek-1", new SecretKeySpec(kek, "AES")), "kek-1",
                new SecureRandom()));
        KeyPair key = LedgerKeys.generate();
        List<StoredEvent> written = new SampleComplaints(10, Instant.parse("2026-03-02T09:00:00Z")).events(60);
        try (Connection connection = owner.getConnection()) {
            LedgerWriter writer = new LedgerWriter(connection, seals, key);
            writer.write(written.subList(0, written.size() / 2));
            writer.checkpoint(Instant.parse("2026-06-01T00:00:00Z"));
            writer.write(written.subList(written.size() / 2, written.size()));
            writer.checkpoint(Instant.parse("2026-06-02T00:00:00Z"));
            checkpoints = 2;
        }
        events = written.size();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @ParameterizedTest(name = "{0} hashing threads")
    @ValueSource(ints = {0, 1, 2})
    void anIntactLedgerPasses(int hashingThreads) throws Exception {
        LedgerVerification.Verified verified = verify(connection -> { }, hashingThreads);

        assertThat(verified.failures()).isEmpty();
        assertThat(verified.passed()).isTrue();
        assertThat(verified.events()).isEqualTo(events);
        assertThat(verified.leaves()).isEqualTo(events);
        assertThat(verified.checkpoints()).isEqualTo(checkpoints);
        assertThat(verified.bytesHashed()).isGreaterThan(events * 300);
    }

    @ParameterizedTest(name = "{0}: {1} named, \"{2}\"")
    @MethodSource("org.complaintledger.selfcheck.TamperingsFound#table")
    void everyTamperingIsNamed(Tampering tampering, Concerns concerns, String reason) throws Exception {
        Tampering.Tampered[] tampered = new Tampering.Tampered[1];

        LedgerVerification.Verified verified = verify(connection -> tampered[0] = tampering.apply(connection));

        TamperingsFound.assertNamed(verified, tampered[0], concerns, reason);
    }

    /** The next event of the record names the link that is missing. */
    @Test
    void anEventRemovedWithItsChainRowBreaksTheNextLink() throws Exception {
        Tampering.Tampered[] tampered = new Tampering.Tampered[1];

        LedgerVerification.Verified verified = verify(connection ->
                tampered[0] = Tampering.DELETED_EVENT_WITH_ITS_CHAIN_ROW.apply(connection));

        assertThat(verified.failures()).anySatisfy(failure -> {
            assertThat(failure.concerns()).isEqualTo(Concerns.CHAIN);
            assertThat(failure.aggregateIdentifier()).isEqualTo(tampered[0].aggregateIdentifier());
            assertThat(failure.reason()).contains("its record has no event #", "an event before it was removed");
            assertThat(failure.globalIndex()).isNotNull();
            assertThat(failure.leafIndex()).isNotNull();
        });
    }

    /** A NULL where the encoding needs a value (its NOT NULL dropped first) is named, not a crash of the check. */
    @Test
    void anEventWithoutAPayloadIsNamed() throws Exception {
        String[] victim = new String[1];

        LedgerVerification.Verified verified = verify(connection -> {
            victim[0] = Victim.middle(connection).eventIdentifier();
            try (var statement = connection.createStatement()) {
                statement.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER USER");
                statement.execute("ALTER TABLE domain_event_entry ALTER COLUMN payload DROP NOT NULL");
                statement.execute("UPDATE domain_event_entry SET payload = NULL WHERE event_identifier = '"
                        + victim[0] + "'");
            }
        });

        assertThat(verified.failures()).first().satisfies(failure -> {
            assertThat(failure.eventIdentifier()).isEqualTo(victim[0]);
            assertThat(failure.reason()).contains("stored without a value its hash covers");
        });
        assertThat(verified.events()).isEqualTo(events);
    }

    /** Disabling a trigger is how every tampering starts; one left disabled, or a unique key dropped, is named. */
    @Test
    void aTriggerLeftDisabledOrAUniqueKeyDroppedIsNamed() throws Exception {
        LedgerVerification.Verified verified = verify(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("ALTER TABLE event_chain DISABLE TRIGGER event_chain_no_update_or_delete");
                statement.execute("ALTER TABLE ledger_leaf DROP CONSTRAINT ledger_leaf_global_index_key");
            }
        });

        assertThat(verified.failures()).extracting(Failure::concerns).containsOnly(Concerns.GUARD);
        assertThat(verified.failures()).extracting(Failure::reason).containsExactlyInAnyOrder(
                "the append-only trigger event_chain_no_update_or_delete is disabled: someone disabled it, and the "
                        + "table can be changed",
                "the unique key on ledger_leaf (global_index) is gone: rows there may be stored twice");
    }

    private interface Change {
        void make(Connection connection) throws SQLException;
    }

    private static LedgerVerification.Verified verify(Change change) throws Exception {
        return verify(change, 1);
    }

    /** Verifies the ledger as {@code change} leaves it, in one transaction, rolled back after. */
    private static LedgerVerification.Verified verify(Change change, int hashingThreads) throws Exception {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try {
                change.make(connection);
                return new LedgerVerification(seals, hashingThreads).verify(connection);
            } finally {
                connection.rollback();
            }
        }
    }
}
