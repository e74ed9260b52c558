package org.complaintledger.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read model table's columns, their types and defaults, and its primary key, as PostgreSQL holds them: the one
 * description both kinds of tables work from, read from the catalogue so that a migration is the only place a column
 * is declared.
 */
public final class TableShape {

    private static final Pattern QUOTED = Pattern.compile("^'((?:[^']|'')*)'(::.*)?$");

    private final String name;
    private final List<String> columns;
    private final ColumnType[] types;
    private final Object[] defaults;
    private final int[] key;
    private final Map<String, Integer> positions = new HashMap<>();

    private TableShape(String name, List<String> columns, ColumnType[] types, Object[] defaults, int[] key) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.types = types;
        this.defaults = defaults;
        this.key = key;
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i), i);
        }
    }

    /** The shape of {@code table} (a read model's own table name, never input) in the database {@code jdbc} reads. */
    public static TableShape of(JdbcTemplate jdbc, String table) {
        List<String> columns = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        List<Object> defaults = new ArrayList<>();
        jdbc.query("SELECT a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid) "
                + "FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                + "WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum", rs -> {
                    ColumnType type = ColumnType.of(rs.getString(2));
                    columns.add(rs.getString(1));
                    types.add(type);
                    defaults.add(defaultValue(table, rs.getString(1), type, rs.getString(3)));
                }, table);
        if (columns.isEmpty()) {
            throw new IllegalStateException("no read model table " + table);
        }
        if (columns.size() > Long.SIZE) {
            throw new IllegalStateException("read model table " + table + " has more than 64 columns (Row keeps a bit "
                    + "per column)");
        }
        List<String> keyColumns = jdbc.queryForList("SELECT a.attname FROM pg_index i JOIN pg_attribute a "
                + "ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
                + "WHERE i.indrelid = to_regclass(?) AND i.indisprimary "
                + "ORDER BY array_position(i.indkey::int2[], a.attnum)", String.class, table);
        if (keyColumns.isEmpty()) {
            throw new IllegalStateException("read model table " + table + " has no primary key");
        }
        int[] key = keyColumns.stream().mapToInt(columns::indexOf).toArray();
        return new TableShape(table, columns, types.toArray(ColumnType[]::new), defaults.toArray(), key);
    }

    /** A column default as the Java value PostgreSQL would store: literals only, which is all the read models use. */
    private static Object defaultValue(String table, String column, ColumnType type, String expression) {
        if (expression == null || expression.equalsIgnoreCase("NULL") || expression.startsWith("NULL::")) {
            return null;
        }
        if (expression.equals("true") || expression.equals("false")) {
            return type.normalised(Boolean.valueOf(expression));
        }
        if (expression.matches("-?\\d+")) {
            return type == ColumnType.BIGINT ? type.normalised(Long.valueOf(expression))
                    : type.normalised(Integer.valueOf(expression));
        }
        Matcher quoted = QUOTED.matcher(expression);
        if (quoted.matches()) {
            String text = quoted.group(1).replace("''", "'");
            if (type == ColumnType.TEXT_ARRAY && text.equals("{}")) {
                return List.of();
            }
            if (type == ColumnType.TEXT) {
                return text;
            }
        }
        throw new IllegalStateException("the default of " + table + "." + column + " (" + expression
                + ") is not a literal a rebuild can apply");
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    int position(String column) {
        Integer position = positions.get(column);
        if (position == null) {
            throw new IllegalArgumentException(name + " has no column " + column);
        }
        return position;
    }

    ColumnType type(int position) {
        return types[position];
    }

    int[] key() {
        return key;
    }

    boolean isKey(int position) {
        for (int k : key) {
            if (k == position) {
                return true;
            }
        }
        return false;
    }

    /** A new row holding the columns' defaults, as an INSERT naming none of them would store. */
    Row newRow() {
        return new Row(this, defaults.clone());
    }

    /** The key of {@code values} given in key column order. */
    Object[] keyOf(Object... values) {
        if (values.length != key.length) {
            throw new IllegalArgumentException(name + "'s key has " + key.length + " columns, not " + values.length);
        }
        Object[] normal = new Object[key.length];
        for (int i = 0; i < key.length; i++) {
            normal[i] = types[key[i]].normalised(values[i]);
        }
        return normal;
    }
}
