package org.complaintledger.duesteps;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.complaintledger.ledger.SaneDate;
import org.complaintledger.code.InvalidField;
import org.complaintledger.parkedevents.Incomplete;
import org.complaintledger.parkedevents.ParkedEventCounts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What is owed and by when, soonest first: the list complaints staff work from so no deadline is missed. */
@RestController
public class DueStepsController {

    static final int MAX_PAGE_SIZE = 1000;
    private static final String OPEN_BY = "FROM due_step WHERE settled_at IS NULL AND due_on <= ?";

    private final JdbcTemplate jdbc;
    private final ParkedEventCounts parked;

    public DueStepsController(JdbcTemplate jdbc, ParkedEventCounts parked) {
        this.jdbc = jdbc;
        this.parked = parked;
    }

    /** Open steps due on or before {@code by} (all open steps when absent), one page of {@code size} at a time. */
    @GetMapping("/api/due-steps")
    public DueStepsPage due(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate by,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "100") int size) {
        if (page < 0) {
            throw new InvalidField("page", "must not be negative; pages are numbered from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidField("size", "must be 1 to " + MAX_PAGE_SIZE);
        }
        Date until = Date.valueOf(by == null ? LocalDate.of(9999, 12, 31) : SaneDate.Parameter.checked("by", by));
        // Read the parked events first: a step parked after this read is caught by the next request, never hidden.
        Incomplete incomplete = parked.incomplete(DueStepsProjection.PROCESSING_GROUP);
        Long total = jdbc.queryForObject("SELECT count(*) " + OPEN_BY, Long.class, until);
        // complaint_id, step is unique among open steps, so the order is total and pages neither repeat nor skip.
        List<DueStep> steps = jdbc.query("SELECT complaint_id, step, due_on " + OPEN_BY
                        + " ORDER BY due_on, complaint_id, step OFFSET ? LIMIT ?",
                (rs, row) -> new DueStep(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()),
                until, (long) page * size, size);
        return new DueStepsPage(steps, page, size, total == null ? 0 : total, incomplete);
    }
}
