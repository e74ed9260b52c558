package org.complaintledger.databaseroles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.testsupport.LedgerTest;
import org.complaintledger.testsupport.OwnerDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application works as a role that can only append to the ledger: whatever runs through its connections (a bug,
 * an injected statement) cannot change or remove an event, nor switch off the triggers that guard them. Every other
 * test of the application runs as this role too, so they show it is enough for everything the ledger does.
 */
@LedgerTest
class RuntimeRoleTest {

    /** PostgreSQL's insufficient_privilege: refused for want of a privilege, before any trigger is reached. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    ApplicationContext context;

    String complaintId;

    @BeforeEach
    void storeOneEvent() {
        complaintId = "runtime-role-" + UUID.randomUUID();
        // Not "Complaint", so that no projection mistakes the stream for one.
        eventStore.publish(new GenericDomainEventMessage<>("InfraTestStream", complaintId, 0, new Appended("kept")));
    }

    @Test
    void isNoSuperuserAndOwnsNothing() {
        Map<String, Object> role = jdbc.queryForMap("SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolreplication, "
                + "rolbypassrls FROM pg_roles WHERE rolname = current_user");
        assertThat(role).containsEntry("rolsuper", false).containsEntry("rolcreaterole", false)
                .containsEntry("rolcreatedb", false).containsEntry("rolreplication", false)
                .containsEntry("rolbypassrls", false);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_class WHERE relowner = current_user::regrole", Long.class))
                .as("tables, sequences, indexes owned").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_proc WHERE proowner = current_user::regrole", Long.class))
                .as("functions owned").isZero();
        assertThat(jdbc.queryForObject("SELECT tableowner FROM pg_tables WHERE tablename = 'domain_event_entry'",
                String.class)).isNotEqualTo(role.get("rolname"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE domain_event_entry SET payload_type = 'forged' WHERE aggregate_identifier = '%s'",
            "DELETE FROM domain_event_entry WHERE aggregate_identifier = '%s'",
            "TRUNCATE domain_event_entry",
            "ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_no_update_or_delete",
            "ALTER TABLE domain_event_entry DISABLE TRIGGER ALL",
            "DROP TRIGGER domain_event_entry_no_update_or_delete ON domain_event_entry",
            "CREATE OR REPLACE FUNCTION reject_ledger_change() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'",
            "SET session_replication_role = replica",
            "SET LOCAL session_replication_role = replica",
            "ALTER TABLE domain_event_entry OWNER TO current_user",
            "DROP TABLE domain_event_entry CASCADE",
            "CREATE TABLE forged_events (payload bytea)",
            "CREATE SCHEMA forged",
            "SELECT setval('domain_event_entry_global_index_seq', 1)",
            "DELETE FROM data_subject_key",
            "UPDATE data_subject_of_aggregate SET subject_id = 'someone-else'",
            "DELETE FROM idempotent_request",
            "UPDATE pseudonym_secret SET secret = 'known'",
            "DELETE FROM flyway_schema_history",
            "SET ROLE postgres"})
    void isRefused(String sql) {
        List<Map<String, Object>> before = events();

        Throwable refused = catchThrowable(() -> jdbc.execute(sql.formatted(complaintId)));

        assertThat(refused).as(sql).isNotNull();
        assertThat(sqlState(refused)).as("%s: %s", sql, refused.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(events()).isNotEmpty().isEqualTo(before);
        assertThat(jdbc.queryForObject("SHOW session_replication_role", String.class)).isEqualTo("origin");
    }

    @Test
    void mayOnlyReadAndAppendTheAppendOnlyTablesAndNeverTruncateAny() {
        List<String> tables = jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                + "AND tablename <> 'flyway_schema_history'", String.class);
        assertThat(tables).contains("domain_event_entry", "token_entry", "case_summary", "data_subject_key");
        for (String table : tables) {
            assertThat(privileges(table)).as(table).isEqualTo(RuntimePrivileges.of(table));
        }
        assertThat(RuntimePrivileges.appendOnly("domain_event_entry")).isTrue();
        assertThat(privileges("domain_event_entry")).isEqualTo("SELECT, INSERT");
    }

    /** A table a later migration creates (V13 onwards) is the runtime role's to read and write, and no more. */
    @Test
    void aTableMadeByALaterMigrationGetsTheReadWriteGrant() {
        JdbcTemplate owner = new JdbcTemplate(OwnerDatabase.of(context));
        owner.execute("CREATE TABLE later_migration_table (id TEXT PRIMARY KEY, n BIGSERIAL)");
        try {
            assertThat(privileges("later_migration_table")).isEqualTo(RuntimePrivileges.READ_WRITE);
            jdbc.update("INSERT INTO later_migration_table (id) VALUES ('one')");
            assertThat(sqlState(catchThrowable(() -> jdbc.execute("TRUNCATE later_migration_table"))))
                    .isEqualTo(INSUFFICIENT_PRIVILEGE);
        } finally {
            owner.execute("DROP TABLE later_migration_table");
        }
    }

    private String privileges(String table) {
        return jdbc.queryForObject("SELECT string_agg(p, ', ' ORDER BY o) FROM unnest("
                + "ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) "
                + "WITH ORDINALITY AS privilege(p, o) WHERE has_table_privilege(current_user, ?::regclass, p)",
                String.class, table);
    }

    private List<Map<String, Object>> events() {
        return jdbc.queryForList("SELECT global_index, event_identifier, payload_type, encode(payload, 'hex') AS payload "
                + "FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY global_index", complaintId);
    }

    private static String sqlState(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    record Appended(String text) {
    }
}
