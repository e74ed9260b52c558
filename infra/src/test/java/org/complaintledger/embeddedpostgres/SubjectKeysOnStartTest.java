package org.complaintledger.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.complaintledger.personaldata.DataSubjectForgotten;
import org.complaintledger.testsupport.MigratedBefore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first start of this version on a cluster an older ledger left: its plain subject keys are wrapped in place with
 * the key-encryption key the embedded default generates, and a key still held by a subject the ledger forgot (a key
 * table older than the events) is destroyed again, before anything is served.
 */
class SubjectKeysOnStartTest {

    @TempDir
    Path home;

    @Test
    void wrapsPlainKeysAndDestroysKeysOfSubjectsForgottenOnTheLedger() throws Exception {
        Path dataDirectory = home.resolve("data");
        try (EmbeddedPostgres older = DurableEmbeddedPostgres.start(new EmbeddedPostgresProperties(dataDirectory, 0))) {
            JdbcTemplate jdbc = new JdbcTemplate(older.getPostgresDatabase());
            MigratedBefore.migrate(jdbc.getDataSource(), "14");
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            jdbc.update("INSERT INTO data_subject_key (subject_id, key) VALUES ('resident-1', ?), ('resident-2', ?)",
                    key, key);
            jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, "
                    + "time_stamp, payload_type, payload) VALUES ('e-1', 'e-1', 0, '2026-11-30T10:00:00Z', ?, ?)",
                    DataSubjectForgotten.class.getName(), ("{\"dataSubjectId\":\"resident-2\",\"reason\":"
                            + "\"ERASURE_REQUEST\",\"basis\":\"UK GDPR Art. 17\",\"requestedBy\":\"officer\"}")
                            .getBytes(StandardCharsets.UTF_8));
        }

        try (LedgerProcess ledger = LedgerProcess.startEmbedded(dataDirectory)) {
            assertThat(ledger.jdbc().queryForMap("SELECT kek_id, octet_length(key) AS bytes FROM data_subject_key "
                    + "WHERE subject_id = 'resident-1'")).isEqualTo(Map.of("kek_id", "generated", "bytes", 60));
            assertThat(ledger.jdbc().queryForObject("SELECT key IS NULL AND destroyed_at IS NOT NULL "
                    + "FROM data_subject_key WHERE subject_id = 'resident-2'", Boolean.class)).isTrue();
        }
    }
}
