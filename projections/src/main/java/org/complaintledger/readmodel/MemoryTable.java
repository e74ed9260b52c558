package org.complaintledger.readmodel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * A read model table in memory, for a rebuild: rows by key in the order first stored, and for each column a
 * projection looks rows up by, an index kept as rows change. Not thread-safe: one rebuild thread owns it.
 */
final class MemoryTable implements ReadModelTable {

    private final TableShape shape;
    /** By key: the key column's value itself for a one-column key, else the list of them (hashing a list costs). */
    private final Map<Object, Row> rows = new LinkedHashMap<>();
    private final Map<Integer, Map<Object, Set<Row>>> indexes = new HashMap<>();
    /** Whether a key column is bytea, whose byte[] values compare by identity: only then are keys wrapped. */
    private final boolean byteaKey;

    MemoryTable(TableShape shape) {
        this.shape = shape;
        this.byteaKey = IntStream.of(shape.key()).anyMatch(k -> shape.type(k) == ColumnType.BYTEA);
    }

    @Override
    public Row newRow() {
        return shape.newRow();
    }

    @Override
    public Row find(Object... key) {
        Row row = rows.get(comparableKey(shape.keyOf(key)));
        return row == null ? null : row.copy();
    }

    @Override
    public List<Row> where(String column, Object value) {
        return indexed(column, value).stream().map(Row::copy).toList();
    }

    @Override
    public boolean insertIfAbsent(Row row) {
        // the row itself is kept, not a copy: once inserted it is the table's (a projection builds a new one each time)
        Row stored = row;
        if (rows.putIfAbsent(comparableKey(row.key()), stored) != null) {
            return false;
        }
        stored.holder = this;
        indexes.forEach((position, index) ->
                index.computeIfAbsent(comparable(position, stored.value(position)), v -> new LinkedHashSet<>())
                        .add(stored));
        row.stored();
        return true;
    }

    @Override
    public void upsert(Row row, Consumer<Row> change) {
        Row stored = rows.get(comparableKey(row.key()));
        if (stored == null) {
            insertIfAbsent(row);
        } else {
            change.accept(stored);
        }
    }

    @Override
    public boolean update(Consumer<Row> change, Object... key) {
        Row stored = rows.get(comparableKey(shape.keyOf(key)));
        if (stored == null) {
            return false;
        }
        change.accept(stored);
        return true;
    }

    @Override
    public void updateWhere(String column, Object value, Consumer<Row> change) {
        List.copyOf(indexed(column, value)).forEach(change);
    }

    @Override
    public void delete(Object... key) {
        Row removed = rows.remove(comparableKey(shape.keyOf(key)));
        if (removed != null) {
            removed.holder = null;
            indexes.forEach((position, index) -> {
                Set<Row> bucket = index.get(comparable(position, removed.value(position)));
                if (bucket != null) {
                    bucket.remove(removed);
                }
            });
        }
    }

    @Override
    public void deleteAll() {
        rows.values().forEach(row -> row.holder = null);
        rows.clear();
        indexes.clear();
    }

    int size() {
        return rows.size();
    }

    /** A stored row's column is about to change: keeps that column's index, if there is one, in step. */
    void changing(Row row, int position, Object from, Object to) {
        Map<Object, Set<Row>> index = indexes.get(position);
        if (index != null) {
            Set<Row> bucket = index.get(comparable(position, from));
            if (bucket != null) {
                bucket.remove(row);
            }
            index.computeIfAbsent(comparable(position, to), v -> new LinkedHashSet<>()).add(row);
        }
    }

    private Set<Row> indexed(String column, Object value) {
        int position = shape.position(column);
        Map<Object, Set<Row>> index = indexes.computeIfAbsent(position, p -> {
            Map<Object, Set<Row>> built = new HashMap<>();
            rows.values().forEach(row -> built.computeIfAbsent(comparable(p, row.value(p)), v -> new LinkedHashSet<>())
                    .add(row));
            return built;
        });
        Set<Row> bucket = index.get(comparable(position, shape.type(position).normalised(value)));
        return bucket == null ? Set.of() : bucket;
    }

    /** A stored key (its values in their Java forms) as the map of rows compares it: bytea by content. */
    private Object comparableKey(Object[] key) {
        if (byteaKey) {
            int[] positions = shape.key();
            for (int i = 0; i < key.length; i++) {
                key[i] = comparable(positions[i], key[i]);
            }
        }
        return key.length == 1 ? key[0] : Arrays.asList(key);
    }

    private Object comparable(int position, Object value) {
        return shape.type(position).comparable(value);
    }

    /** The statement that copies {@link #writeCopy} into {@code table} (a table of this one's shape). */
    String copyStatement(String table) {
        return "COPY " + table + " (" + String.join(", ", shape.columns()) + ") FROM STDIN";
    }

    /** Every row in COPY's text format, written to {@code out} a chunk at a time. */
    void writeCopy(OutputStream out) throws IOException {
        StringBuilder chunk = new StringBuilder(1 << 16);
        int columns = shape.columns().size();
        for (Row row : rows.values()) {
            for (int i = 0; i < columns; i++) {
                if (i > 0) {
                    chunk.append('\t');
                }
                shape.type(i).appendCopyText(row.value(i), chunk);
            }
            chunk.append('\n');
            if (chunk.length() > 1 << 20) {
                out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                chunk.setLength(0);
            }
        }
        out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
    }

    List<Row> rows() {
        return new ArrayList<>(rows.values());
    }
}
