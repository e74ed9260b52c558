package org.complaintledger.embeddedpostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Sets the embedded cluster's roles up on every start, idempotently, as its superuser: a new cluster and one made
 * before the ledger had roles (whose tables the superuser owns, and which let anyone on localhost in without a
 * password) end up the same. The grants of the runtime role on each table are Flyway's business (databaseroles).
 */
final class EmbeddedRoleSetup {

    /**
     * Every connection, over TCP or the local socket, must give its role's password. zonky's initdb trusts everyone,
     * which would let any local user sign in as the superuser.
     */
    static final String PG_HBA = """
            # Written by complaint-ledger on every start: every role signs in with its password (complaint-ledger-roles.properties).
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private EmbeddedRoleSetup() {
    }

    static void apply(int port, Path dataDirectory, EmbeddedRoles roles) throws IOException {
        try (Connection connection = roles.dataSource(port, EmbeddedRoles.SUPERUSER).getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(createRoleIfMissing(EmbeddedRoles.OWNER));
            statement.execute(createRoleIfMissing(EmbeddedRoles.RUNTIME));
            statement.execute(loginRole(EmbeddedRoles.OWNER, roles.owner()));
            statement.execute(loginRole(EmbeddedRoles.RUNTIME, roles.runtime()));
            statement.execute("ALTER ROLE " + EmbeddedRoles.SUPERUSER + " PASSWORD '" + roles.superuser() + "'");
            statement.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + EmbeddedRoles.OWNER);
            // temporary tables for the runtime role alone: reports as at a past instant rebuild in them
            statement.execute("REVOKE TEMPORARY ON DATABASE " + EmbeddedRoles.DATABASE + " FROM PUBLIC");
            statement.execute("GRANT TEMPORARY ON DATABASE " + EmbeddedRoles.DATABASE + " TO " + EmbeddedRoles.RUNTIME);
            statement.execute(HAND_OVER_TO_OWNER);
            connection.commit();
            // Only now that every role has its password may the server ask for them.
            Path hba = dataDirectory.resolve("pg_hba.conf");
            if (!PG_HBA.equals(Files.readString(hba))) {
                Files.writeString(hba, PG_HBA);
                statement.execute("SELECT pg_reload_conf()");
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IOException("could not set up the roles of the ledger's PostgreSQL cluster in " + dataDirectory
                    + " (are the passwords in " + EmbeddedRoles.FILE + " the ones it was given?)", e);
        }
    }

    private static String createRoleIfMissing(String role) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN CREATE ROLE "
                + role + "; END IF; END $$";
    }

    /** Neither role may do more than sign in: no superuser, no new roles or databases, no replication. */
    private static String loginRole(String role, String password) {
        return "ALTER ROLE " + role + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS "
                + "NOINHERIT PASSWORD '" + password + "'";
    }

    /**
     * A cluster from before the roles: its tables, their sequences and the trigger functions belong to the superuser.
     * The owner takes them over so that it can migrate them and grant on them. ALTER TABLE moves a table's serial
     * sequences and indexes with it; what an extension brought stays the extension's.
     */
    private static final String HAND_OVER_TO_OWNER = """
            DO $$
            DECLARE object record;
            BEGIN
                FOR object IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')
                        AND c.relowner <> 'ledger_owner'::regrole
                        AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e') LOOP
                    EXECUTE format('ALTER TABLE %s OWNER TO ledger_owner', object.name);
                END LOOP;
                FOR object IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relowner <> 'ledger_owner'::regrole
                        AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i', 'e')) LOOP
                    EXECUTE format('ALTER SEQUENCE %s OWNER TO ledger_owner', object.name);
                END LOOP;
                FOR object IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                        WHERE n.nspname = 'public' AND p.proowner <> 'ledger_owner'::regrole
                        AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') LOOP
                    EXECUTE format('ALTER ROUTINE %s OWNER TO ledger_owner', object.name);
                END LOOP;
            END $$""";
}
