package org.complaintledger.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a read model table, read and changed by a projection in the values' Java forms ({@link ColumnType}); the
 * table it came from writes back the columns that were set.
 */
public final class Row {

    private final TableShape shape;
    private final Object[] values;
    /** The columns set since the row was read or stored, one bit per column (a table has at most 64). */
    private long changed;
    /** The table in memory holding this row, told when a column it looks rows up by changes; else null. */
    MemoryTable holder;

    Row(TableShape shape, Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    /** Sets {@code column} to {@code value} (null for SQL NULL); a key column is set only before the row is stored. */
    public Row set(String column, Object value) {
        int position = shape.position(column);
        Object normal = shape.type(position).normalised(value);
        if (holder != null) {
            if (shape.isKey(position)) {
                throw new IllegalStateException("a stored row's key does not change: " + shape.name() + "." + column);
            }
            holder.changing(this, position, values[position], normal);
        }
        values[position] = normal;
        changed |= 1L << position;
        return this;
    }

    public Object get(String column) {
        return values[shape.position(column)];
    }

    public String string(String column) {
        return (String) get(column);
    }

    public Integer integer(String column) {
        return (Integer) get(column);
    }

    public Long bigint(String column) {
        return (Long) get(column);
    }

    public Boolean bool(String column) {
        return (Boolean) get(column);
    }

    public LocalDate date(String column) {
        return (LocalDate) get(column);
    }

    public Instant instant(String column) {
        return (Instant) get(column);
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String column) {
        return (List<String>) get(column);
    }

    /** Adds {@code amount} to an integer column (as {@code column = column + amount}). */
    public Row add(String column, int amount) {
        return set(column, integer(column) + amount);
    }

    /** Sets a timestamp column to the later of its value and {@code at} (as {@code GREATEST(column, at)}). */
    public Row latest(String column, Instant at) {
        Instant now = instant(column);
        return now != null && (at == null || !now.isBefore(at)) ? this : set(column, at);
    }

    /** Sets {@code column} only if it holds null (as {@code COALESCE(column, value)}). */
    public Row setIfNull(String column, Object value) {
        return get(column) == null ? set(column, value) : this;
    }

    TableShape shape() {
        return shape;
    }

    Object value(int position) {
        return values[position];
    }

    Object[] key() {
        int[] key = shape.key();
        Object[] values = new Object[key.length];
        for (int i = 0; i < key.length; i++) {
            values[i] = this.values[key[i]];
        }
        return values;
    }

    /** The positions of the columns set since the row was read or stored, in column order. */
    int[] changed() {
        return java.util.stream.IntStream.range(0, Long.SIZE).filter(p -> (changed & 1L << p) != 0).toArray();
    }

    void stored() {
        changed = 0;
    }

    Row copy() {
        return new Row(shape, values.clone());
    }

    @Override
    public String toString() {
        return shape.name() + Arrays.toString(values);
    }
}
