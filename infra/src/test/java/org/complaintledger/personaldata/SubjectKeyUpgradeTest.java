package org.complaintledger.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.complaintledger.testsupport.MigratedBefore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database made before keys were wrapped, brought up to date: its plain keys are wrapped in place on the first start,
 * a rotation moves every key to the new KEK, and erasures on the ledger that the key table lost are made again.
 */
class SubjectKeyUpgradeTest {

    private static final String EVENT = "event-1";
    private static final String PATH = "complainant.residentName";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The operator's PostgreSQL, a fresh database for each test. */
    static EmbeddedPostgres server;

    private final PersonalDataCipher cipher = new PersonalDataCipher(RANDOM);
    private final SecretKey kekA = KeyEncryptionKeysTest.newKek();
    private final SecretKey kekB = KeyEncryptionKeysTest.newKek();
    private JdbcTemplate jdbc;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    /** The schema as it was before V14: keys stored plain. */
    @BeforeEach
    void databaseOfBeforeWrapping() {
        String database = "ledger_" + UUID.randomUUID().toString().replace("-", "");
        new JdbcTemplate(server.getPostgresDatabase()).execute("CREATE DATABASE " + database);
        jdbc = new JdbcTemplate(server.getDatabase("postgres", database));
        MigratedBefore.migrate(jdbc.getDataSource(), "14");
    }

    private void migrateAll() {
        MigratedBefore.migrateAll(jdbc.getDataSource());
    }

    private KeyEncryptionKeys keks(String current, Map<String, SecretKey> keys) {
        return new KeyEncryptionKeys(keys, current, RANDOM);
    }

    private PostgresSubjectKeyStore store(KeyEncryptionKeys keks) {
        return new PostgresSubjectKeyStore(jdbc, keks, RANDOM, Duration.ZERO, 10, Clock.systemUTC());
    }

    private String plainKeySealing(String subject, String plaintext) {
        byte[] key = KeyEncryptionKeysTest.newKek().getEncoded();
        jdbc.update("INSERT INTO data_subject_key (subject_id, key) VALUES (?, ?)", subject, key);
        return cipher.seal(new SecretKeySpec(key, "AES"), subject, EVENT, PATH, plaintext);
    }

    private String opened(PostgresSubjectKeyStore keys, String subject, String stored) {
        return cipher.open(keys.keyForOpening(subject).orElseThrow(), PersonalDataCipher.parse(stored).orElseThrow(),
                EVENT, PATH);
    }

    private String kekOf(String subject) {
        return jdbc.queryForObject("SELECT coalesce(kek_id, 'plain') || ':' || coalesce(octet_length(key), 0) "
                + "FROM data_subject_key WHERE subject_id = ?", String.class, subject);
    }

    @Test
    void plainKeysAreWrappedInPlaceOnTheFirstStartAndStillOpenTheirData() {
        String sealed = plainKeySealing("resident-1", "Zélie Quorndon-Smythe");
        plainKeySealing("resident-2", "Ambrose Tite");
        jdbc.update("UPDATE data_subject_key SET key = NULL, destroyed_at = now() WHERE subject_id = 'resident-2'");
        migrateAll();
        KeyEncryptionKeys onlyA = keks("kek-a", Map.of("kek-a", kekA));

        assertThat(new SubjectKeyWrapping(jdbc, onlyA).wrapAllWithCurrent()).isEqualTo(1);

        assertThat(kekOf("resident-1")).isEqualTo("kek-a:60");
        assertThat(kekOf("resident-2")).as("an erased key stays erased").isEqualTo("plain:0");
        assertThat(opened(store(onlyA), "resident-1", sealed)).isEqualTo("Zélie Quorndon-Smythe");
        assertThat(new SubjectKeyWrapping(jdbc, onlyA).wrapAllWithCurrent()).as("the next start").isZero();
    }

    @Test
    void noPlainKeyCanBeStoredAfterTheUpgrade() {
        migrateAll();

        assertThatThrownBy(() -> jdbc.update("INSERT INTO data_subject_key (subject_id, key) VALUES (?, ?)",
                "resident-3", new byte[32])).hasMessageContaining("data_subject_key_wrapped");
    }

    @Test
    void aRotationRewrapsEveryKeySoTheOldKekCanGo() {
        migrateAll();
        KeyEncryptionKeys onlyA = keks("kek-a", Map.of("kek-a", kekA));
        SecretKey key = store(onlyA).keyForSealing("resident-1");
        String sealed = cipher.seal(key, "resident-1", EVENT, PATH, "Zélie");

        KeyEncryptionKeys bothBCurrent = keks("kek-b", Map.of("kek-a", kekA, "kek-b", kekB));
        SubjectKeyWrapping rotation = new SubjectKeyWrapping(jdbc, bothBCurrent);
        assertThat(rotation.wrapAllWithCurrent()).isEqualTo(1);

        assertThat(rotation.liveKeysByKek()).isEqualTo(Map.of("kek-b", 1L));
        KeyEncryptionKeys onlyB = keks("kek-b", Map.of("kek-b", kekB));
        assertThat(opened(store(onlyB), "resident-1", sealed)).isEqualTo("Zélie");
        assertThat(store(onlyB).keyForSealing("resident-2")).isNotNull();
        assertThat(kekOf("resident-2")).isEqualTo("kek-b:60");
        assertThatThrownBy(() -> store(onlyA).keyForOpening("resident-1"))
                .hasMessageContaining("'kek-b', which is not configured");
    }

    @Test
    void erasuresOnTheLedgerThatTheKeyTableLostAreMadeAgain() {
        migrateAll();
        KeyEncryptionKeys onlyA = keks("kek-a", Map.of("kek-a", kekA));
        store(onlyA).keyForSealing("resident-1");
        store(onlyA).keyForSealing("resident-2");
        // As after restoring the key table from a copy older than these events: forgotten, yet the key is back.
        forgottenOnTheLedger("resident-1");
        forgottenOnTheLedger("resident-1");
        forgottenOnTheLedger("resident-9");

        assertThat(new ErasuresOnTheLedger(jdbc).destroyKeysStillHeld())
                .containsExactlyInAnyOrder("resident-1", "resident-9");

        assertThat(store(onlyA).keyForOpening("resident-1")).isEmpty();
        assertThat(store(onlyA).keyForOpening("resident-2")).isPresent();
        assertThatThrownBy(() -> store(onlyA).keyForSealing("resident-9")).isInstanceOf(DataSubjectErased.class);
        assertThat(new ErasuresOnTheLedger(jdbc).destroyKeysStillHeld()).as("the next start").isEmpty();
    }

    private void forgottenOnTheLedger(String subject) {
        String id = UUID.randomUUID().toString();
        String payload = """
                {"dataSubjectId":"%s","reason":"ERASURE_REQUEST","basis":"UK GDPR Art. 17(1)(a)","requestedBy":"officer",\
                "occurredAt":"2026-11-30T10:00:00Z","backdatingReason":null}""".formatted(subject);
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, "
                        + "time_stamp, payload_type, payload) VALUES (?, ?, 0, '2026-11-30T10:00:00Z', ?, ?)",
                id, id, DataSubjectForgotten.class.getName(), payload.getBytes(StandardCharsets.UTF_8));
    }
}
