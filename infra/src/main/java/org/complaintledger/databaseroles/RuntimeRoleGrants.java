package org.complaintledger.databaseroles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Grants the application's runtime role (whoever its connection pool signs in as) what {@link RuntimePrivileges} says,
 * from Flyway's connection as the owner of the tables. Before migrating, default privileges give every table a
 * migration creates from now on the read-write grant the moment it is created (V13 onwards need no grants of their
 * own); after migrating, every table's grants are set exactly, so a cluster made before the roles existed is brought
 * in line on its first start, and a grant widened by hand is narrowed again on the next.
 */
@Component
class RuntimeRoleGrants implements Callback {

    private static final Logger LOG = LoggerFactory.getLogger(RuntimeRoleGrants.class);

    private final DataSource application;

    RuntimeRoleGrants(DataSource application) {
        this.application = application;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "complaint-ledger runtime role grants";
    }

    @Override
    public void handle(Event event, Context context) {
        Connection owner = context.getConnection();
        try {
            String runtime = runtimeRole();
            String migrator = single(owner, "SELECT current_user");
            if (runtime.equals(migrator)) {
                LOG.warn("The application connects to PostgreSQL as {}, the role that runs the migrations and owns the "
                        + "tables: it could disable the ledger's append-only trigger. Give Flyway an owner role of its "
                        + "own (spring.flyway.user); see docs/operations.md.", runtime);
                return;
            }
            if (isSuperuser(owner, migrator) || isSuperuser(owner, runtime)) {
                LOG.warn("The application's runtime role {} or the migrations' role is a PostgreSQL superuser; "
                        + "see docs/operations.md.", runtime);
            }
            List<String> statements = event == Event.BEFORE_MIGRATE
                    ? defaultPrivileges(owner, runtime)
                    : exactGrants(owner, runtime, context.getConfiguration().getTable());
            inOneTransaction(owner, statements);
        } catch (SQLException e) {
            throw new FlywayException("could not grant the application's runtime role its privileges", e);
        }
    }

    private String runtimeRole() throws SQLException {
        try (Connection connection = application.getConnection()) {
            return single(connection, "SELECT current_user");
        }
    }

    private static boolean isSuperuser(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT rolsuper FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static List<String> defaultPrivileges(Connection owner, String runtime) throws SQLException {
        String schema = quote(single(owner, "SELECT current_schema()"));
        return List.of(
                "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT " + RuntimePrivileges.READ_WRITE
                        + " ON TABLES TO " + quote(runtime),
                "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT USAGE, SELECT ON SEQUENCES TO " + quote(runtime));
    }

    private static List<String> exactGrants(Connection owner, String runtime, String flywayHistory)
            throws SQLException {
        String schema = quote(single(owner, "SELECT current_schema()"));
        List<String> statements = new ArrayList<>();
        for (String table : ownTables(owner)) {
            String qualified = schema + "." + quote(table);
            statements.add("REVOKE ALL ON TABLE " + qualified + " FROM " + quote(runtime));
            if (!table.equals(flywayHistory)) {  // the migrations' own record is none of the application's business
                statements.add("GRANT " + RuntimePrivileges.of(table) + " ON TABLE " + qualified + " TO " + quote(runtime));
            }
        }
        // nextval for the serial keys; never setval (UPDATE), which could make the ledger's global index go backwards
        statements.add("REVOKE ALL ON ALL SEQUENCES IN SCHEMA " + schema + " FROM " + quote(runtime));
        statements.add("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + quote(runtime));
        // Reports "as at" a past instant rebuild their read models in the session's own temporary tables
        // (reports.asat.LedgerAsAt); only the database's owner may grant that, so another owner grants it by hand.
        if (ownsDatabase(owner)) {
            statements.add("GRANT TEMPORARY ON DATABASE " + quote(single(owner, "SELECT current_database()"))
                    + " TO " + quote(runtime));
        } else if (!mayCreateTemporaryTables(owner, runtime)) {
            LOG.warn("The migrations' role does not own the database, so cannot let {} create temporary tables: "
                    + "reports as at a past instant will be refused until it is granted (docs/operations.md).",
                    runtime);
        }
        return statements;
    }

    private static boolean mayCreateTemporaryTables(Connection connection, String role) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT has_database_privilege(?, current_database(), 'TEMPORARY')")) {
            query.setString(1, role);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static boolean ownsDatabase(Connection owner) throws SQLException {
        return Boolean.parseBoolean(single(owner, "SELECT (pg_get_userbyid(datdba) = current_user)::text "
                + "FROM pg_database WHERE datname = current_database()"));
    }

    /** The tables in Flyway's schema that the owner owns (it can grant on no others). */
    private static List<String> ownTables(Connection owner) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = owner.createStatement();
             ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables "
                     + "WHERE schemaname = current_schema() AND tableowner = current_user ORDER BY tablename")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static void inOneTransaction(Connection connection, List<String> statements) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    /** A PostgreSQL identifier, quoted: role names come from configuration. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
