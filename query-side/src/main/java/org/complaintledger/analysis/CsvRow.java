package org.complaintledger.analysis;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Collectors;

/** RFC 4180 rows of a record's components, safe to open in a spreadsheet. */
final class CsvRow {

    private CsvRow() {
    }

    static String header(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.joining(","));
    }

    static String of(Record row) {
        return Arrays.stream(row.getClass().getRecordComponents()).map(c -> cell(value(c, row)))
                .collect(Collectors.joining(","));
    }

    private static Object value(RecordComponent component, Record row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record accessor " + component, e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A cell a spreadsheet would run as a formula (CSV injection) is opened as text instead.
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
