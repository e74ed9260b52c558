package org.complaintledger.readmodel;

import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The column types the read models use, each with one Java form that both the tables in PostgreSQL and the tables in
 * memory hold (text: String, integers: Integer or Long, date: LocalDate, timestamptz: Instant, bytea: byte[], text[]:
 * List of String, elements possibly null), so that a projection reads the same values whichever it writes to, and a
 * rebuild in memory copies out exactly what live processing would have written.
 */
enum ColumnType {
    TEXT, INTEGER, BIGINT, BOOLEAN, DATE, TIMESTAMPTZ, TIMESTAMP, BYTEA, TEXT_ARRAY;

    /** The type PostgreSQL's {@code format_type} names, or IllegalStateException: a rebuild must not guess. */
    static ColumnType of(String formatted) {
        String type = formatted.replaceAll("\\(.*\\)", "");
        return switch (type) {
            case "text", "character varying", "character" -> TEXT;
            case "integer", "smallint" -> INTEGER;
            case "bigint" -> BIGINT;
            case "boolean" -> BOOLEAN;
            case "date" -> DATE;
            case "timestamp with time zone" -> TIMESTAMPTZ;
            case "timestamp without time zone" -> TIMESTAMP;
            case "bytea" -> BYTEA;
            case "text[]", "character varying[]" -> TEXT_ARRAY;
            default -> throw new IllegalStateException("read model column type " + formatted + " is not supported");
        };
    }

    /** {@code value} in this type's Java form; IllegalArgumentException if it is not one of this type's values. */
    Object normalised(Object value) {
        if (value == null) {
            return null;
        }
        Object normal = switch (this) {
            case TEXT -> value instanceof String || value instanceof Enum<?> ? value.toString() : null;
            case INTEGER -> value instanceof Integer || value instanceof Short ? ((Number) value).intValue() : null;
            case BIGINT -> value instanceof Long || value instanceof Integer ? ((Number) value).longValue() : null;
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case DATE -> value instanceof LocalDate ? value
                    : value instanceof java.sql.Date d ? d.toLocalDate() : null;
            // PostgreSQL keeps microseconds: the same truncation in memory keeps comparisons and copies alike
            case TIMESTAMPTZ -> value instanceof Instant i ? i.truncatedTo(ChronoUnit.MICROS)
                    : value instanceof Timestamp t ? t.toInstant().truncatedTo(ChronoUnit.MICROS)
                    : value instanceof OffsetDateTime o ? o.toInstant().truncatedTo(ChronoUnit.MICROS) : null;
            case TIMESTAMP -> value instanceof LocalDateTime l ? l.truncatedTo(ChronoUnit.MICROS)
                    : value instanceof Timestamp t ? t.toLocalDateTime().truncatedTo(ChronoUnit.MICROS) : null;
            // copied, so that a caller changing its array afterwards changes no row
            case BYTEA -> value instanceof byte[] bytes ? bytes.clone() : null;
            // Stream.toList, not List.copyOf: an element may be NULL, as in PostgreSQL
            case TEXT_ARRAY -> value instanceof List<?> list ? list.stream().map(String.class::cast).toList()
                    : value instanceof String[] array ? Arrays.stream(array).toList() : null;
        };
        if (normal == null) {
            throw new IllegalArgumentException(value.getClass().getSimpleName() + " is not a value of a " + this
                    + " column");
        }
        return normal;
    }

    /**
     * A value in this type's Java form as a key of a map in memory: a bytea's content (byte[] compares by identity),
     * any other value as it is, so that a table in memory finds rows as PostgreSQL's {@code =} does.
     */
    Object comparable(Object value) {
        return this == BYTEA && value instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : value;
    }

    /** A value read by JDBC, in this type's Java form. */
    Object fromJdbc(Object value) throws SQLException {
        if (value instanceof Array array) {
            Object[] elements = (Object[]) array.getArray();
            return normalised(Arrays.stream(elements).map(String.class::cast).toList());
        }
        return normalised(value);
    }

    /** A value in this type's Java form as JDBC takes it. */
    Object toJdbc(Object value, Connection connection) throws SQLException {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case DATE -> java.sql.Date.valueOf((LocalDate) value);
            case TIMESTAMPTZ -> Timestamp.from((Instant) value);
            case TIMESTAMP -> Timestamp.valueOf((LocalDateTime) value);
            case TEXT_ARRAY -> connection.createArrayOf("text", ((List<?>) value).toArray());
            default -> value;
        };
    }

    /** Appends a value in this type's Java form in COPY's text format (null is {@code \N}). */
    void appendCopyText(Object value, StringBuilder line) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        switch (this) {
            case TEXT -> escapeCopy((String) value, line);
            case BOOLEAN -> line.append((Boolean) value ? 't' : 'f');
            case BYTEA -> line.append("\\\\x").append(HexFormat.of().formatHex((byte[]) value));
            case TEXT_ARRAY -> {
                StringBuilder literal = new StringBuilder("{");
                List<?> elements = (List<?>) value;
                for (int i = 0; i < elements.size(); i++) {
                    String element = (String) elements.get(i);
                    literal.append(i == 0 ? "" : ",");
                    if (element == null) {
                        literal.append("NULL");
                    } else {
                        literal.append('"').append(element.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                    }
                }
                escapeCopy(literal.append('}').toString(), line);
            }
            // ISO-8601 throughout: 2025-02-03, 2025-02-03T10:15:30.123456Z
            default -> line.append(value);
        }
    }

    private static void escapeCopy(String text, StringBuilder line) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> line.append(c);
            }
        }
    }
}
