package org.complaintledger.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintledger.casesummary.CaseSummaryProjection;
import org.complaintledger.casesummary.ReceiptPeriod;
import org.complaintledger.ledger.SaneDate;
import org.complaintledger.parkedevents.Incomplete;
import org.complaintledger.parkedevents.ParkedEventCounts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Complaint counts for a period of receipt, by category and/or tenure and in all, from the case summaries. */
@RestController
public class ComplaintCountsController {

    /** Each figure of {@link ComplaintCounts}, under its own name; "acknowledged" counts only measured steps. */
    private static final String FIGURES = "count(*) AS received, "
            + "count(*) FILTER (WHERE final_stage = 3) AS three_stage_procedure, "
            + "count(*) FILTER (WHERE status = 'REFUSED') AS refused, "
            + "count(*) FILTER (WHERE status = 'WITHDRAWN') AS withdrawn, "
            + stage("stage_one") + ", count(*) FILTER (WHERE escalation_requested) AS escalation_requested, "
            + stage("stage_two") + ", count(*) FILTER (WHERE stage_three_requested) AS stage_three_requested, "
            + stage("stage_three") + ", count(*) FILTER (WHERE referred_to_ombudsman) AS referred_to_ombudsman, "
            + "coalesce(sum(complaint_handling_failure_orders), 0) AS complaint_handling_failure_orders, "
            + "coalesce(sum(code_non_compliance_findings), 0) AS code_non_compliance_findings";

    private final JdbcTemplate jdbc;
    private final ParkedEventCounts parked;

    public ComplaintCountsController(JdbcTemplate jdbc, ParkedEventCounts parked) {
        this.jdbc = jdbc;
        this.parked = parked;
    }

    /**
     * Complaints received {@code from} .. {@code to} (London days, both included), e.g. a financial year, split by
     * each breakdown in {@code by} (category by default): the rows by category, then by tenure, then the total; and
     * whether the case summaries are short of parked events.
     */
    @GetMapping("/api/reports/complaint-counts")
    public ComplaintCountsReport counts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @RequestParam(defaultValue = "category") List<String> by) {
        ReceiptPeriod period = new ReceiptPeriod(SaneDate.Parameter.checked("from", from),
                SaneDate.Parameter.checked("to", to));
        Set<Breakdown> breakdowns = Breakdown.named(by);
        String grouped = breakdowns.stream().map(Breakdown::grouped).collect(Collectors.joining(", "));
        String sets = breakdowns.stream().map(b -> "(" + b.grouped() + "), ").collect(Collectors.joining());
        // GROUPING SETS: one set per breakdown, then the total (every breakdown null). GROUPING() numbers the sets in
        // that order (category rows 01, tenure rows 10, the total 11 when both are asked for).
        // Parked events are read first: one parked during the count is caught by the next report, never hidden.
        Incomplete incomplete = parked.incomplete(CaseSummaryProjection.PROCESSING_GROUP);
        List<ComplaintCounts> rows = jdbc.query("SELECT " + selected(breakdowns, Breakdown.CATEGORY) + ", "
                        + selected(breakdowns, Breakdown.TENURE) + ", " + FIGURES + " FROM case_summary "
                        + "WHERE received_at >= ? AND received_at < ? GROUP BY GROUPING SETS (" + sets + "()) "
                        + "ORDER BY GROUPING(" + grouped + "), " + grouped,
                (rs, row) -> counts(rs), period.start(), period.end());
        return new ComplaintCountsReport(rows, incomplete);
    }

    /** The breakdown's value in its own rows (null in the others); null throughout when it was not asked for. */
    private static String selected(Set<Breakdown> breakdowns, Breakdown breakdown) {
        return (breakdowns.contains(breakdown) ? breakdown.grouped() : "NULL::text") + " AS " + breakdown.parameter();
    }

    /** A stage's acknowledgements and responses, and how many of each were on time. */
    private static String stage(String stage) {
        return "count(" + stage + "_acknowledged_on_time) AS " + stage + "_acknowledged, "
                + "count(*) FILTER (WHERE " + stage + "_acknowledged_on_time) AS " + stage + "_acknowledged_on_time, "
                + "count(" + stage + "_responded_on_time) AS " + stage + "_responded, "
                + "count(*) FILTER (WHERE " + stage + "_responded_on_time) AS " + stage + "_responded_on_time";
    }

    private static ComplaintCounts counts(ResultSet rs) throws SQLException {
        return new ComplaintCounts(rs.getString("category"), rs.getString("tenure"), rs.getLong("received"),
                rs.getLong("three_stage_procedure"), rs.getLong("refused"), rs.getLong("withdrawn"),
                rs.getLong("stage_one_acknowledged"), rs.getLong("stage_one_acknowledged_on_time"),
                rs.getLong("stage_one_responded"), rs.getLong("stage_one_responded_on_time"),
                rs.getLong("escalation_requested"),
                rs.getLong("stage_two_acknowledged"), rs.getLong("stage_two_acknowledged_on_time"),
                rs.getLong("stage_two_responded"), rs.getLong("stage_two_responded_on_time"),
                rs.getLong("stage_three_requested"),
                rs.getLong("stage_three_acknowledged"), rs.getLong("stage_three_acknowledged_on_time"),
                rs.getLong("stage_three_responded"), rs.getLong("stage_three_responded_on_time"),
                rs.getLong("referred_to_ombudsman"), rs.getLong("complaint_handling_failure_orders"),
                rs.getLong("code_non_compliance_findings"));
    }
}
