package org.complaintledger.bulkimport;

import java.util.HashSet;
import java.util.List;
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

    /** Of these lines, the keys ({@link #key}) of those whose step is already imported. */
    Set<String> imported(List<ImportLine> lines) {
        List<ImportLine> named = lines.stream().filter(l -> l.source() != null && l.sourceStepId() != null).toList();
        Set<String> imported = new HashSet<>();
        if (named.isEmpty()) {
            return imported;
        }
        jdbc.query("SELECT s.source, s.source_step_id FROM imported_source_step s "
                        + "JOIN unnest(?::text[], ?::text[]) AS l(source, step) "
                        + "ON s.source = l.source AND s.source_step_id = l.step",
                row -> {
                    imported.add(key(row.getString(1), row.getString(2)));
                },
                named.stream().map(ImportLine::source).toArray(String[]::new),
                named.stream().map(ImportLine::sourceStepId).toArray(String[]::new));
        return imported;
    }

    void record(ImportLine line, String complaintId) {
        jdbc.update("INSERT INTO imported_source_step (source, source_step_id, source_complaint_id, complaint_id) "
                + "VALUES (?, ?, ?, ?)", line.source(), line.sourceStepId(), line.sourceComplaintId(), complaintId);
    }

    static String key(String source, String id) {
        return source + "\n" + id;
    }
}
