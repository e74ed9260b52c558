package org.complaintledger.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.complaintledger.casesummary.ReceiptPeriod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the case summaries received in a period and hands them out pseudonymised, in order of receipt. */
@Component
public class AnalysedComplaints {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Every case-summary column analysts see (the data subject's id only to pseudonymise it). */
    private static final String COLUMNS = "complaint_id, data_subject_id, code_version, final_stage, channel, "
            + "category, category_taxonomy, tenure, service_request, received_at, beyond_refusal_window, status, "
            + "refusal_reason, stage_one_acknowledged_on_time, stage_one_decision, stage_one_responded_on_time, "
            + "stage_one_extended_beyond_limit, escalation_requested, stage_two_acknowledged_on_time, "
            + "stage_two_decision, "
            + "stage_two_responded_on_time, stage_two_extended_beyond_limit, stage_three_requested, "
            + "stage_three_acknowledged_on_time, stage_three_decision, stage_three_responded_on_time, "
            + "stage_three_extended_beyond_limit, referred_to_ombudsman, ombudsman_findings, "
            + "complaint_handling_failure_orders, code_non_compliance_findings, closed_at";

    private final JdbcTemplate jdbc;
    private final Pseudonyms pseudonyms;

    public AnalysedComplaints(JdbcTemplate jdbc, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
    }

    /** Complaints received in the period, in order of receipt, skipping {@code offset}. */
    public void received(ReceiptPeriod period, long offset, long limit, Consumer<AnalysedComplaint> each) {
        jdbc.query("SELECT " + COLUMNS + " FROM case_summary WHERE received_at >= ? AND received_at < ? "
                        + "ORDER BY received_at, complaint_id OFFSET ? LIMIT ?",
                rs -> {
                    each.accept(analysed(rs));
                },
                period.start(), period.end(), offset, limit);
    }

    /** Read by name: there are too many to keep in step by position. */
    private AnalysedComplaint analysed(ResultSet rs) throws SQLException {
        return new AnalysedComplaint(pseudonyms.ofComplaint(rs.getString("complaint_id")),
                pseudonyms.ofResident(rs.getString("data_subject_id")), rs.getString("code_version"),
                rs.getInt("final_stage"), rs.getString("channel"), rs.getString("category"),
                rs.getString("category_taxonomy"), rs.getString("tenure"), rs.getBoolean("service_request"),
                day(rs.getTimestamp("received_at")), rs.getBoolean("beyond_refusal_window"), rs.getString("status"),
                rs.getString("refusal_reason"),
                rs.getObject("stage_one_acknowledged_on_time", Boolean.class), rs.getString("stage_one_decision"),
                rs.getObject("stage_one_responded_on_time", Boolean.class),
                rs.getBoolean("stage_one_extended_beyond_limit"),
                rs.getBoolean("escalation_requested"),
                rs.getObject("stage_two_acknowledged_on_time", Boolean.class), rs.getString("stage_two_decision"),
                rs.getObject("stage_two_responded_on_time", Boolean.class),
                rs.getBoolean("stage_two_extended_beyond_limit"),
                rs.getBoolean("stage_three_requested"),
                rs.getObject("stage_three_acknowledged_on_time", Boolean.class), rs.getString("stage_three_decision"),
                rs.getObject("stage_three_responded_on_time", Boolean.class),
                rs.getBoolean("stage_three_extended_beyond_limit"),
                rs.getBoolean("referred_to_ombudsman"), rs.getString("ombudsman_findings"),
                rs.getInt("complaint_handling_failure_orders"), rs.getInt("code_non_compliance_findings"),
                day(rs.getTimestamp("closed_at")));
    }

    private static LocalDate day(Timestamp at) {
        return at == null ? null : at.toInstant().atZone(LONDON).toLocalDate();
    }
}
