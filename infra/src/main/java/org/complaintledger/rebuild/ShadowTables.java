package org.complaintledger.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.complaintledger.readmodel.MemoryTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The new tables a rebuild fills beside the live ones ({@code <table>__rebuild}, same columns, defaults and checks), and
 * the switch-over: in the caller's transaction the live table is dropped and the new one takes its name, indexes,
 * triggers and grants, so readers see the old rows until the commit and the new ones after it, never a mix. Run as the
 * tables' owner (the migrations' role): the runtime role may not create or drop tables.
 */
final class ShadowTables {

    static final String SUFFIX = "__rebuild";

    private final List<String> tables;

    ShadowTables(List<String> tables) {
        this.tables = List.copyOf(tables);
    }

    /** Each table's name and its new table's name. */
    Map<String, String> renamed() {
        Map<String, String> renamed = new LinkedHashMap<>();
        tables.forEach(table -> renamed.put(table, table + SUFFIX));
        return renamed;
    }

    /** New empty tables, without indexes, so that COPY fills them fast (any left by a failed rebuild dropped). */
    void create(JdbcTemplate owner) {
        for (String table : tables) {
            owner.execute("DROP TABLE IF EXISTS " + table + SUFFIX);
            owner.execute("CREATE TABLE " + table + SUFFIX + " (LIKE " + table
                    + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED)");
        }
    }

    /**
     * Each new table filled from {@code memory} by COPY, given the live table's indexes (the primary key's too, named
     * apart until the switch) and analysed: a table at a time on each of {@code connections} connections, the largest
     * first, so that PostgreSQL builds one table's indexes while the next is copied. The rows copied.
     */
    long fill(MemoryTables memory, DataSource owner, int connections) throws SQLException {
        ExecutorService fillers = Executors.newFixedThreadPool(connections,
                Thread.ofPlatform().name("read-model-rebuild-copy-", 0).daemon().factory());
        try {
            List<Future<Long>> filled = new ArrayList<>();
            for (String table : memory.largestFirst()) {
                filled.add(fillers.submit(() -> fill(memory, owner, table)));
            }
            long rows = 0;
            for (Future<Long> table : filled) {
                rows += table.get();
            }
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while filling the new tables", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException failed ? failed
                    : new SQLException(e.getCause().getMessage(), e.getCause());
        } finally {
            fillers.shutdownNow();
        }
    }

    private long fill(MemoryTables memory, DataSource owner, String table) throws SQLException {
        try (Connection connection = owner.getConnection()) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            // an index of a million rows sorted in memory, not in temporary files
            jdbc.execute("SET maintenance_work_mem = '256MB'");
            long rows = memory.copy(connection, table, table + SUFFIX);
            for (LiveIndex index : indexes(jdbc, table)) {
                String name = index.name() + SUFFIX;
                jdbc.execute(index.definition().replaceFirst(" INDEX " + index.name() + " ON ",
                        " INDEX " + name + " ON ").replaceFirst(" ON (\\w+\\.)?" + table + " ",
                        " ON " + table + SUFFIX + " "));
                if (index.primaryKey()) {
                    jdbc.execute("ALTER TABLE " + table + SUFFIX + " ADD CONSTRAINT " + name
                            + " PRIMARY KEY USING INDEX " + name);
                }
            }
            jdbc.execute("ANALYZE " + table + SUFFIX);
            return rows;
        }
    }

    /**
     * In the caller's transaction: every live table dropped and its new table renamed in its place, with the live
     * table's index names and triggers (the report-day counters). The runtime role's grant comes with the new table:
     * the owner's default privileges give it (databaseroles.RuntimeRoleGrants).
     */
    void switchOver(JdbcTemplate owner) {
        for (String table : tables) {
            List<LiveIndex> indexes = indexes(owner, table);
            List<String> triggers = owner.queryForList("SELECT pg_get_triggerdef(oid) FROM pg_trigger "
                    + "WHERE tgrelid = to_regclass(?) AND NOT tgisinternal ORDER BY tgname", String.class, table);
            owner.execute("DROP TABLE " + table);
            owner.execute("ALTER TABLE " + table + SUFFIX + " RENAME TO " + table);
            for (LiveIndex index : indexes) {
                owner.execute("ALTER INDEX " + index.name() + SUFFIX + " RENAME TO " + index.name());
            }
            triggers.forEach(owner::execute);
        }
    }

    /** Drops what a failed rebuild left. */
    void drop(JdbcTemplate owner) {
        tables.forEach(table -> owner.execute("DROP TABLE IF EXISTS " + table + SUFFIX));
    }

    /** Locks the live tables against every reader and writer until the caller's transaction ends. */
    void lockLive(JdbcTemplate owner) {
        owner.execute("LOCK TABLE " + String.join(", ", tables) + " IN ACCESS EXCLUSIVE MODE");
    }

    private record LiveIndex(String name, String definition, boolean primaryKey) {
    }

    private static List<LiveIndex> indexes(JdbcTemplate owner, String table) {
        return new ArrayList<>(owner.query("SELECT c.relname, pg_get_indexdef(i.indexrelid), i.indisprimary "
                + "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = to_regclass(?) "
                + "ORDER BY c.relname", (rs, n) -> new LiveIndex(rs.getString(1), rs.getString(2), rs.getBoolean(3)),
                table));
    }
}
