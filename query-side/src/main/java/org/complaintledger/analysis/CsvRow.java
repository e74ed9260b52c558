package org.complaintledger.analysis;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.complaintledger.reports.render.Csv;

/** RFC 4180 rows of a record's components, safe to open in a spreadsheet. */
final class CsvRow {

    private CsvRow() {
    }

    static String header(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.joining(","));
    }

    static String of(Record row) {
        return Arrays.stream(row.getClass().getRecordComponents()).map(c -> Csv.cell(value(c, row)))
                .collect(Collectors.joining(","));
    }

    private static Object value(RecordComponent component, Record row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record accessor " + component, e);
        }
    }
}
