package org.complaintledger.readmodel;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Read model tables in memory, shaped as the database's: a rebuild applies history to them at memory speed, with no
 * statement per event, then copies every row out with COPY in one pass ({@link #copyInto}).
 */
public final class MemoryTables implements ReadModelTables {

    private final JdbcTemplate shapes;
    private final Map<String, MemoryTable> tables = new LinkedHashMap<>();

    /** Tables shaped as those of the same names in the database {@code shapes} reads. */
    public MemoryTables(JdbcTemplate shapes) {
        this.shapes = shapes;
    }

    @Override
    public ReadModelTable table(String name) {
        return tables.computeIfAbsent(name, table -> new MemoryTable(TableShape.of(shapes, table)));
    }

    /** Rows held in {@code table}. */
    public int rows(String table) {
        MemoryTable held = tables.get(table);
        return held == null ? 0 : held.size();
    }

    /** The tables used, those holding most rows first (to share out copying them so the longest starts first). */
    public List<String> largestFirst() {
        return tables.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, MemoryTable> e) -> e.getValue().size()).reversed())
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Copies the rows of every table used into the table {@code physical} names for it (tables not named go to those
     * of their own names), on {@code connection}, in its transaction; the number of rows copied.
     */
    public long copyInto(Connection connection, Map<String, String> physical) throws SQLException {
        long copied = 0;
        for (String table : tables.keySet()) {
            copied += copy(connection, table, physical.getOrDefault(table, table));
        }
        return copied;
    }

    /** Copies the rows of {@code table} into {@code target} (a table of its shape) on {@code connection}. */
    public long copy(Connection connection, String table, String target) throws SQLException {
        MemoryTable held = tables.get(table);
        if (held == null) {
            return 0;
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(held.copyStatement(target));
        try (OutputStream out = new PGCopyOutputStream(copy, 1 << 20)) {
            held.writeCopy(out);
        } catch (IOException e) {
            throw new SQLException("could not copy " + table + " into " + target, e);
        }
        return held.size();
    }
}
