package org.complaintledger.duesteps;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.complaintledger.ledger.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What is owed and by when, soonest first: the list complaints staff work from so no deadline is missed. */
@RestController
public class DueStepsController {

    private static final int MAX_ROWS = 1000;

    private final JdbcTemplate jdbc;

    public DueStepsController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Open steps due on or before {@code by} (all open steps when absent). */
    @GetMapping("/api/due-steps")
    public List<DueStep> due(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate by) {
        return jdbc.query("SELECT complaint_id, step, due_on FROM due_step "
                        + "WHERE settled_at IS NULL AND due_on <= ? ORDER BY due_on, complaint_id, step LIMIT " + MAX_ROWS,
                (rs, row) -> new DueStep(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()),
                Date.valueOf(by == null ? LocalDate.of(9999, 12, 31) : SaneDate.Parameter.checked("by", by)));
    }
}
