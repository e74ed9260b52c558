package org.complaintledger.bulkimport;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The source steps already on the ledger (V28), each written in the transaction of its events: a re-run, or the run
 * that resumes an interrupted import, skips them and so imports nothing twice.
 */
@Component
class ImportedSteps {

    private final JdbcTemplate jdbc;

    ImportedSteps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Of these lines, the keys ({@link #key}) of those whose step is already imported, each with its source complaint. */
    Map<String, String> imported(List<ImportLine> lines) {
        List<ImportLine> named = lines.stream().filter(l -> l.source() != null && l.sourceStepId() != null).toList();
        Map<String, String> imported = new HashMap<>();
        if (named.isEmpty()) {
            return imported;
        }
        jdbc.query("SELECT s.source, s.source_step_id, s.source_complaint_id FROM imported_source_step s "
                        + "JOIN unnest(?::text[], ?::text[]) AS l(source, step) "
                        + "ON s.source = l.source AND s.source_step_id = l.step",
                row -> {
                    imported.put(key(row.getString(1), row.getString(2)), row.getString(3));
                },
                named.stream().map(ImportLine::source).toArray(String[]::new),
                named.stream().map(ImportLine::sourceStepId).toArray(String[]::new));
        return imported;
    }

    /**
     * Writes the lines' source steps, each with the ledger's id of its complaint ({@link ImportedStep#complaintId}), in
     * one statement; returns the keys of those already written by another transaction (which then are not written
     * again), or none.
     */
    Set<String> record(List<ImportLine> lines) {
        Set<String> taken = new HashSet<>();
        if (lines.isEmpty()) {
            return taken;
        }
        lines.forEach(line -> taken.add(key(line.source(), line.sourceStepId())));
        jdbc.query("INSERT INTO imported_source_step (source, source_step_id, source_complaint_id, complaint_id) "
                        + "SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) "
                        + "ON CONFLICT (source, source_step_id) DO NOTHING RETURNING source, source_step_id",
                row -> {
                    taken.remove(key(row.getString(1), row.getString(2)));
                },
                lines.stream().map(ImportLine::source).toArray(String[]::new),
                lines.stream().map(ImportLine::sourceStepId).toArray(String[]::new),
                lines.stream().map(ImportLine::sourceComplaintId).toArray(String[]::new),
                lines.stream().map(line -> ImportedStep.complaintId(line.source(), line.sourceComplaintId()))
                        .toArray(String[]::new));
        return taken;
    }

    static String key(String source, String id) {
        return source + "\n" + id;
    }
}
