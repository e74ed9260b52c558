package org.complaintledger.reports;

import java.time.LocalDate;
import java.util.List;
import org.complaintledger.casesummary.ReceiptPeriod;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Complaint counts for a period of receipt, by category and in all, from the case summaries. */
@RestController
public class ComplaintCountsController {

    private final JdbcTemplate jdbc;

    public ComplaintCountsController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Complaints received {@code from} .. {@code to} (London days, both included), e.g. a financial year. */
    @GetMapping("/api/reports/complaint-counts")
    public List<ComplaintCounts> counts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReceiptPeriod period = new ReceiptPeriod(from, to);
        // GROUPING SETS: each category, then the total (category null) last.
        return jdbc.query("SELECT category, count(*), count(*) FILTER (WHERE status = 'REFUSED'), "
                        + "count(*) FILTER (WHERE status = 'WITHDRAWN'), "
                        + "count(stage_one_acknowledged_on_time), count(*) FILTER (WHERE stage_one_acknowledged_on_time), "
                        + "count(stage_one_responded_on_time), count(*) FILTER (WHERE stage_one_responded_on_time), "
                        + "count(*) FILTER (WHERE escalation_requested), "
                        + "count(stage_two_acknowledged_on_time), count(*) FILTER (WHERE stage_two_acknowledged_on_time), "
                        + "count(stage_two_responded_on_time), count(*) FILTER (WHERE stage_two_responded_on_time), "
                        + "count(*) FILTER (WHERE referred_to_ombudsman) "
                        + "FROM case_summary WHERE received_at >= ? AND received_at < ? "
                        + "GROUP BY GROUPING SETS ((category), ()) ORDER BY GROUPING(category), category",
                (rs, row) -> new ComplaintCounts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14)),
                period.start(), period.end());
    }
}
