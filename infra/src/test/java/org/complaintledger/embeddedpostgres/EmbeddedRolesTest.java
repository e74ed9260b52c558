package org.complaintledger.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default sets its owner and runtime roles up by itself: on a new cluster, and in place on a cluster made
 * before the roles existed, whose tables the superuser owned and which let anyone on localhost in without a password.
 */
class EmbeddedRolesTest {

    @TempDir
    Path home;

    @Test
    void aNewClusterAsksEveryRoleForItsPasswordKeptOwnerOnly() throws Exception {
        Path dataDirectory = home.resolve("data");
        int port;
        try (LedgerProcess ledger = LedgerProcess.startEmbedded(dataDirectory)) {
            port = ledger.context().getBean(EmbeddedPostgres.class).getPort();
            assertThat(ledger.jdbc().queryForObject("SELECT current_user", String.class)).isEqualTo(EmbeddedRoles.RUNTIME);
            assertThat(tableOwner(ledger.jdbc())).isEqualTo(EmbeddedRoles.OWNER);
            assertThat(Files.getPosixFilePermissions(dataDirectory.resolve(EmbeddedRoles.FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));

            for (String role : new String[] {EmbeddedRoles.SUPERUSER, EmbeddedRoles.OWNER, EmbeddedRoles.RUNTIME}) {
                assertThatThrownBy(() -> DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/postgres", role, "guessed").close())
                        .as(role).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));
            }
        }
        EmbeddedRoles kept = EmbeddedRoles.read(dataDirectory).orElseThrow();
        try (LedgerProcess again = LedgerProcess.startEmbedded(dataDirectory)) {
            assertThat(EmbeddedRoles.read(dataDirectory)).as("passwords made once").contains(kept);
            assertThat(again.jdbc().queryForObject("SELECT current_user", String.class)).isEqualTo(EmbeddedRoles.RUNTIME);
        }
    }

    @Test
    void aClusterFromBeforeTheRolesIsUpgradedInPlace() throws Exception {
        Path dataDirectory = home.resolve("data");
        // As the ledger made it before: migrated and written by the superuser, with zonky's trusting pg_hba.conf.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory).setCleanDataDirectory(false).start()) {
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
            new JdbcTemplate(old.getPostgresDatabase()).update("INSERT INTO idempotent_request "
                    + "(idempotency_key, request_fingerprint, command_id, complaint_id) VALUES ('old', 'f', 'c', 'x')");
            assertThat(tableOwner(new JdbcTemplate(old.getPostgresDatabase()))).isEqualTo(EmbeddedRoles.SUPERUSER);
        }
        assertThat(dataDirectory.resolve(EmbeddedRoles.FILE)).doesNotExist();

        try (LedgerProcess ledger = LedgerProcess.startEmbedded(dataDirectory)) {
            JdbcTemplate runtime = ledger.jdbc();
            assertThat(runtime.queryForObject("SELECT current_user", String.class)).isEqualTo(EmbeddedRoles.RUNTIME);
            assertThat(tableOwner(runtime)).isEqualTo(EmbeddedRoles.OWNER);
            assertThat(runtime.queryForObject("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                    + "AND tableowner <> 'ledger_owner'", Long.class)).as("tables left to the superuser").isZero();
            assertThat(runtime.queryForObject("SELECT command_id FROM idempotent_request WHERE idempotency_key = 'old'",
                    String.class)).isEqualTo("c");
            String id = ledger.appendNote("appended by the runtime role");
            assertThat(ledger.notes(id)).containsExactly(new LedgerProcess.Note("appended by the runtime role"));
            assertThatThrownBy(() -> runtime.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", id))
                    .hasStackTraceContaining("permission denied for table domain_event_entry");
            assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).isEqualTo(EmbeddedRoleSetup.PG_HBA);
        }
    }

    private static String tableOwner(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT tableowner FROM pg_tables WHERE tablename = 'domain_event_entry'", String.class);
    }
}
