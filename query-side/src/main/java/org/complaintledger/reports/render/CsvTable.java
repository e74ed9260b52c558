package org.complaintledger.reports.render;

import java.util.List;
import java.util.stream.Collectors;

/** A report as one table for a spreadsheet: a header row, then the rows, each as many cells as the header. */
public record CsvTable(List<String> header, List<List<Object>> rows) {

    public CsvTable {
        for (List<Object> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + header.size());
            }
        }
    }

    public String text() {
        StringBuilder text = new StringBuilder(line(List.copyOf(header)));
        rows.forEach(row -> text.append(line(row)));
        return text.toString();
    }

    private static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }
}
