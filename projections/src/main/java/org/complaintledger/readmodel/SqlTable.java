package org.complaintledger.readmodel;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read model table in PostgreSQL. A change reads its row {@code FOR UPDATE} and writes back the columns set, so two
 * writers of one row (a processor and a retry of its parked events) never lose each other's change.
 */
final class SqlTable implements ReadModelTable {

    private final JdbcTemplate jdbc;
    private final TableShape shape;
    private final String table;
    private final String columns;
    private final String byKey;
    private final String insert;

    SqlTable(JdbcTemplate jdbc, TableShape shape, String table) {
        this.jdbc = jdbc;
        this.shape = shape;
        this.table = table;
        this.columns = String.join(", ", shape.columns());
        this.byKey = IntStream.of(shape.key()).mapToObj(k -> shape.columns().get(k) + " = ?")
                .collect(Collectors.joining(" AND "));
        this.insert = "INSERT INTO " + table + " (" + columns + ") VALUES ("
                + shape.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT ("
                + IntStream.of(shape.key()).mapToObj(k -> shape.columns().get(k)).collect(Collectors.joining(", "))
                + ") DO NOTHING";
    }

    @Override
    public Row newRow() {
        return shape.newRow();
    }

    @Override
    public Row find(Object... key) {
        List<Row> rows = select("SELECT " + columns + " FROM " + table + " WHERE " + byKey, shape.key(),
                shape.keyOf(key));
        return rows.isEmpty() ? null : rows.getFirst();
    }

    @Override
    public List<Row> where(String column, Object value) {
        int position = shape.position(column);
        return select("SELECT " + columns + " FROM " + table + " WHERE " + column + " = ?", new int[] {position},
                new Object[] {shape.type(position).normalised(value)});
    }

    @Override
    public boolean insertIfAbsent(Row row) {
        Object[] values = new Object[shape.columns().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.value(i);
        }
        boolean inserted = write(insert, allPositions(), values) == 1;
        row.stored();
        return inserted;
    }

    @Override
    public void upsert(Row row, Consumer<Row> change) {
        if (!insertIfAbsent(row)) {
            update(change, row.key());
        }
    }

    @Override
    public boolean update(Consumer<Row> change, Object... key) {
        List<Row> rows = select("SELECT " + columns + " FROM " + table + " WHERE " + byKey + " FOR UPDATE",
                shape.key(), shape.keyOf(key));
        rows.forEach(row -> changeAndStore(row, change));
        return !rows.isEmpty();
    }

    @Override
    public void updateWhere(String column, Object value, Consumer<Row> change) {
        int position = shape.position(column);
        select("SELECT " + columns + " FROM " + table + " WHERE " + column + " = ? FOR UPDATE", new int[] {position},
                new Object[] {shape.type(position).normalised(value)}).forEach(row -> changeAndStore(row, change));
    }

    @Override
    public void delete(Object... key) {
        Object[] values = shape.keyOf(key);
        write("DELETE FROM " + table + " WHERE " + byKey, shape.key(), values);
    }

    @Override
    public void deleteAll() {
        write("DELETE FROM " + table, new int[0], new Object[0]);
    }

    private void changeAndStore(Row row, Consumer<Row> change) {
        row.stored();
        change.accept(row);
        int[] set = row.changed();
        if (set.length == 0) {
            return;
        }
        for (int p : set) {
            if (shape.isKey(p)) {
                throw new IllegalStateException("a stored row's key does not change: " + table);
            }
        }
        int[] positions = IntStream.concat(IntStream.of(set), IntStream.of(shape.key())).toArray();
        Object[] values = IntStream.of(positions).mapToObj(row::value).toArray();
        write("UPDATE " + table + " SET " + IntStream.of(set).mapToObj(p -> shape.columns().get(p) + " = ?")
                .collect(Collectors.joining(", ")) + " WHERE " + byKey, positions, values);
        row.stored();
    }

    private int[] allPositions() {
        return IntStream.range(0, shape.columns().size()).toArray();
    }

    /** Runs {@code sql} with {@code values}, the i-th of the type of column {@code positions[i]}. */
    private int write(String sql, int[] positions, Object[] values) {
        try {
            return jdbc.update(sql, (PreparedStatement statement) -> bind(statement, positions, values));
        } catch (DataAccessException e) {
            throw new ReadModelWriteFailed(table, sql.substring(0, sql.indexOf(' ')).toLowerCase(Locale.ROOT)
                    + " a row of", e);
        }
    }

    private void bind(PreparedStatement statement, int[] positions, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, shape.type(positions[i]).toJdbc(values[i], statement.getConnection()));
        }
    }

    private List<Row> select(String sql, int[] positions, Object[] parameters) {
        try {
            return selectRows(sql, positions, parameters);
        } catch (DataAccessException e) {
            throw new ReadModelWriteFailed(table, "read a row of", e);
        }
    }

    private List<Row> selectRows(String sql, int[] positions, Object[] parameters) {
        return jdbc.query(sql, statement -> bind(statement, positions, parameters), (ResultSet rs, int n) -> {
            Object[] values = new Object[shape.columns().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = shape.type(i).fromJdbc(rs.getObject(i + 1));
            }
            return new Row(shape, values);
        });
    }
}
