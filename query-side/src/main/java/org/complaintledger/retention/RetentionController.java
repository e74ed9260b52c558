package org.complaintledger.retention;

import java.time.Clock;
import java.util.List;
import org.complaintledger.casesummary.CaseSummaryProjection;
import org.complaintledger.parkedevents.Incomplete;
import org.complaintledger.parkedevents.ParkedEventCounts;
import org.complaintledger.reviewsdue.ReviewsDueProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the retention policy makes due now, and what its runs did. */
@RestController
public class RetentionController {

    static final int MAX_ROWS = 1000;

    private final RetentionDue due;
    private final RetentionPolicy policy;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final ParkedEventCounts parked;

    public RetentionController(RetentionDue due, RetentionPolicy policy, Clock clock, JdbcTemplate jdbc,
                               ParkedEventCounts parked) {
        this.due = due;
        this.policy = policy;
        this.clock = clock;
        this.jdbc = jdbc;
        this.parked = parked;
    }

    @GetMapping("/api/retention/due")
    public RetentionDueReport due() {
        // Read the parked events first: an event parked after this read is caught by the next request, never hidden.
        Incomplete incomplete = parked.incomplete(CaseSummaryProjection.PROCESSING_GROUP,
                RetentionProjection.PROCESSING_GROUP, ReviewsDueProjection.PROCESSING_GROUP);
        return new RetentionDueReport(due.before(policy.retainedUntil(clock.instant()), MAX_ROWS), incomplete);
    }

    @GetMapping("/api/retention/runs")
    public List<RetentionRunSummary> runs() {
        return jdbc.query("SELECT run_id, started_at, finished_at, run_trigger, policy, retained_until, due, erased, "
                        + "not_erased FROM retention_run ORDER BY started_at DESC LIMIT " + MAX_ROWS,
                (rs, row) -> new RetentionRunSummary(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getInt(7), rs.getInt(8), rs.getInt(9)));
    }
}
