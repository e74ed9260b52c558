package org.complaintledger.readmodel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read model tables in PostgreSQL, written through the caller's transaction: live processing writes the tables of
 * their own names; a rebuild catching up writes its new tables, named apart ({@link #renamed}).
 */
public final class SqlTables implements ReadModelTables {

    private final JdbcTemplate jdbc;
    private final Map<String, String> physical;
    private final Map<String, SqlTable> tables = new ConcurrentHashMap<>();

    public SqlTables(JdbcTemplate jdbc) {
        this(jdbc, Map.of());
    }

    private SqlTables(JdbcTemplate jdbc, Map<String, String> physical) {
        this.jdbc = jdbc;
        this.physical = Map.copyOf(physical);
    }

    /** The same tables where {@code physical} maps a table's name to the one to write instead. */
    public static SqlTables renamed(JdbcTemplate jdbc, Map<String, String> physical) {
        return new SqlTables(jdbc, physical);
    }

    @Override
    public ReadModelTable table(String name) {
        return tables.computeIfAbsent(name,
                table -> new SqlTable(jdbc, TableShape.of(jdbc, table), physical.getOrDefault(table, table)));
    }
}
