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

    private final JdbcTemplate jdbc;
    private final Pseudonyms pseudonyms;

    public AnalysedComplaints(JdbcTemplate jdbc, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
    }

    /** Complaints received in the period, in order of receipt, skipping {@code offset}. */
    public void received(ReceiptPeriod period, long offset, long limit, Consumer<AnalysedComplaint> each) {
        jdbc.query("SELECT complaint_id, data_subject_id, code_version, channel, category, received_at, "
                        + "beyond_refusal_window, status, refusal_reason, stage_one_acknowledged_on_time, stage_one_decision, "
                        + "stage_one_responded_on_time, stage_one_extended_beyond_limit, escalation_requested, "
                        + "stage_two_acknowledged_on_time, stage_two_decision, stage_two_responded_on_time, "
                        + "stage_two_extended_beyond_limit, referred_to_ombudsman, ombudsman_findings, closed_at, tenure "
                        + "FROM case_summary WHERE received_at >= ? AND received_at < ? "
                        + "ORDER BY received_at, complaint_id OFFSET ? LIMIT ?",
                rs -> {
                    each.accept(analysed(rs));
                },
                period.start(), period.end(), offset, limit);
    }

    private AnalysedComplaint analysed(ResultSet rs) throws SQLException {
        return new AnalysedComplaint(pseudonyms.ofComplaint(rs.getString(1)), pseudonyms.ofResident(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString("tenure"), day(rs.getTimestamp(6)), rs.getBoolean(7),
                rs.getString(8), rs.getString(9), rs.getObject(10, Boolean.class), rs.getString(11),
                rs.getObject(12, Boolean.class), rs.getBoolean(13), rs.getBoolean(14), rs.getObject(15, Boolean.class),
                rs.getString(16), rs.getObject(17, Boolean.class), rs.getBoolean(18), rs.getBoolean(19),
                rs.getString(20), day(rs.getTimestamp(21)));
    }

    private static LocalDate day(Timestamp at) {
        return at == null ? null : at.toInstant().atZone(LONDON).toLocalDate();
    }
}
