package org.complaintledger.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An operator's own PostgreSQL, set up with exactly the SQL docs/operations.md gives and the properties it names: the
 * ledger migrates as the owner and works as the runtime role.
 */
class OperatorRolesTest {

    /** The passwords the SQL in docs/operations.md sets. */
    private static final String OWNER_PASSWORD = "owner-password";
    private static final String RUNTIME_PASSWORD = "runtime-password";

    @TempDir
    Path home;

    @Test
    void theDocumentedRolesRunTheLedger() throws IOException {
        List<String> sql = sqlBlocks(Path.of("../docs/operations.md"));
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            run(new JdbcTemplate(server.getPostgresDatabase()), sql.get(0));
            run(new JdbcTemplate(server.getDatabase("postgres", "ledger")), sql.get(1));
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/ledger";

            try (LedgerProcess ledger = LedgerProcess.start(
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=ledger_runtime",
                    "--spring.datasource.password=" + RUNTIME_PASSWORD,
                    "--spring.flyway.user=ledger_owner",
                    "--spring.flyway.password=" + OWNER_PASSWORD,
                    // an operator's database needs a key-encryption key as well (docs/operations.md)
                    "--complaint-ledger.personal-data.key-encryption.keys[0].id=" + TestKeyEncryptionKey.ID,
                    "--complaint-ledger.personal-data.key-encryption.keys[0].file=" + TestKeyEncryptionKey.file(home),
                    // and a checkpoint signing key
                    TestSigningKey.argument(home))) {
                JdbcTemplate runtime = ledger.jdbc();
                assertThat(runtime.queryForObject("SELECT current_user", String.class)).isEqualTo("ledger_runtime");
                assertThat(runtime.queryForObject("SELECT tableowner FROM pg_tables WHERE tablename = 'domain_event_entry'",
                        String.class)).isEqualTo("ledger_owner");
                String id = ledger.appendNote("appended by the operator's runtime role");
                assertThat(ledger.notes(id)).hasSize(1);
                assertThatThrownBy(() -> runtime.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", id))
                        .hasStackTraceContaining("permission denied for table domain_event_entry");
                // revoked from PUBLIC by the document, granted by the ledger to its runtime role alone: reports as at
                // a past instant are rebuilt in temporary tables
                assertThat(runtime.queryForObject("SELECT has_database_privilege('public', current_database(), "
                        + "'TEMPORARY')", Boolean.class)).isFalse();
                assertThat(runtime.queryForObject("SELECT has_database_privilege(current_user, current_database(), "
                        + "'TEMPORARY')", Boolean.class)).isTrue();
            }
        }
    }

    /** One statement at a time, as psql sends them: CREATE DATABASE cannot run inside a transaction. */
    private static void run(JdbcTemplate jdbc, String statements) {
        for (String statement : statements.split(";\\s*\\n")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
    }

    /** The bodies of the ```sql blocks of the document's "Database roles" section, in order. */
    private static List<String> sqlBlocks(Path document) throws IOException {
        String text = Files.readString(document);
        String section = text.substring(text.indexOf("## Database roles"));
        int next = section.indexOf("\n## ", 1);
        section = next < 0 ? section : section.substring(0, next);
        Matcher blocks = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(section);
        return blocks.results().map(block -> block.group(1)).toList();
    }
}
