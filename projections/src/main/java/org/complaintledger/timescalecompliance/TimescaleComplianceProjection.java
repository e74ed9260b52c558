package org.complaintledger.timescalecompliance;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.code.Stage;
import org.complaintledger.complaint.ActionCompleted;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.complaint.ComplaintHandlingFailureFound;
import org.complaintledger.complaint.ComplaintLogged;
import org.complaintledger.complaint.ComplaintRefused;
import org.complaintledger.complaint.ComplaintTakenOn;
import org.complaintledger.complaint.ComplaintWithdrawn;
import org.complaintledger.complaint.CorrespondenceRecorded;
import org.complaintledger.complaint.DocumentAttached;
import org.complaintledger.complaint.EscalationRefused;
import org.complaintledger.complaint.EscalationRequested;
import org.complaintledger.complaint.IssueAdded;
import org.complaintledger.complaint.OmbudsmanDetermined;
import org.complaintledger.complaint.OmbudsmanOrderComplied;
import org.complaintledger.complaint.ReferredToOmbudsman;
import org.complaintledger.complaint.RemedyOffered;
import org.complaintledger.complaint.StageAcknowledged;
import org.complaintledger.complaint.StageExtended;
import org.complaintledger.complaint.StageResponseIssued;
import org.complaintledger.complaint.UpdateIntervalAgreed;
import org.complaintledger.reporting.ReportReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One row per complaint and stage with what the Code's timescales are measured by: when the stage opened (stage 2 and
 * 3 count in the period of the escalation request), was acknowledged and answered (a response counts in the period it
 * was issued), the deadlines as the events recorded them, original and as extended, the extensions and the on-time
 * flags in both readings (6.2-6.4, 6.11-6.16; 2022 4.1, 5.1, 5.13, 5.18), with the Code version, tenure and category
 * that reports (TSM CH02, 8.1) split by. No deadline is recomputed: a replay gives the rows the events gave.
 */
@Component
@ProcessingGroup(TimescaleComplianceProjection.PROCESSING_GROUP)
public class TimescaleComplianceProjection implements ReportReadModel {

    public static final String PROCESSING_GROUP = "timescale-compliance";

    /**
     * Working days taken are counted over weekends and England and Wales bank holidays only, which history does not
     * change; the landlord's closure days are left out because one declared later would change a past count on replay.
     */
    private static final WorkingDayCalendar BANK_HOLIDAYS_ONLY = WorkingDayCalendar.englandAndWales();

    private final JdbcTemplate jdbc;

    public TimescaleComplianceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ComplaintEvent event) {
        String id = event.complaintId();
        switch (event) {
            case ComplaintLogged e -> logged(e);
            case StageAcknowledged e -> acknowledged(e);
            case StageExtended e -> extended(e);
            case StageResponseIssued e -> responded(e);
            case EscalationRequested e -> opened(id, e.toStage(), e.occurredAt(), e.acknowledgementDue(),
                    e.responseDue());
            case EscalationRefused e -> escalationRefused(e);
            // 2.4: a refusal or withdrawal closes what is open unanswered; answered stages keep their figures
            case ComplaintRefused e -> refused(e);
            case ComplaintTakenOn e -> takenOn(e);
            case ComplaintWithdrawn e -> closed(id, "standing = 'OPEN'", "WITHDRAWN", e.occurredAt());
            case IssueAdded e -> { /* folded into stage 1's response; no timescale of its own */ }
            case CorrespondenceRecorded e -> { /* no timescale */ }
            case DocumentAttached e -> { /* no timescale */ }
            case UpdateIntervalAgreed e -> { /* 5.9 updates are not a stage's timescale */ }
            case RemedyOffered e -> { /* remedies are the outcomes projection's */ }
            case ActionCompleted e -> { /* actions are the outcomes projection's */ }
            case ReferredToOmbudsman e -> { /* the Ombudsman's timetable, not the landlord's */ }
            case OmbudsmanDetermined e -> { /* the Ombudsman's timetable, not the landlord's */ }
            case OmbudsmanOrderComplied e -> { /* the Ombudsman's timetable, not the landlord's */ }
            case ComplaintHandlingFailureFound e -> { /* the Ombudsman's finding, not a timescale */ }
        }
    }

    @ResetHandler
    void replayFromScratch() {
        jdbc.update("DELETE FROM timescale_compliance");
    }

    @Override
    public List<String> tables() {
        return List.of("timescale_compliance");
    }

    @Override
    public void apply(Object event, Instant recordedAt) {
        if (event instanceof ComplaintEvent e) {
            on(e);
        }
    }

    private void logged(ComplaintLogged e) {
        jdbc.update("INSERT INTO timescale_compliance (complaint_id, stage, code_version, tenure, category, channel, "
                        + "opened_on, standing, acknowledgement_due) VALUES (?, 1, ?, ?, ?, ?, ?, 'OPEN', ?) "
                        + "ON CONFLICT (complaint_id, stage) DO NOTHING",
                e.complaintId(), e.codeVersion(), e.tenure() == null ? null : e.tenure().name(), e.category(),
                e.channel().name(),
                day(e.occurredAt()), date(e.acknowledgementDue()));
    }

    /** The deadlines the acknowledgement was measured against and set (6.2, 6.3, 6.11, 6.14; 2022 4.1, 5.1). */
    private void acknowledged(StageAcknowledged e) {
        jdbc.update("UPDATE timescale_compliance SET acknowledged_on = ?, acknowledgement_due = ?, "
                        + "acknowledged_on_time = ?, response_due = ?, "
                        + "original_response_due = COALESCE(original_response_due, ?) "
                        + "WHERE complaint_id = ? AND stage = ?",
                day(e.occurredAt()), date(e.acknowledgementDue()), e.onTime(), date(e.responseDue()),
                date(e.responseDue()), e.complaintId(), e.stage().number());
    }

    /** 6.4, 6.15: workingDaysBeyondOriginal is cumulative, so the last extension's figure is the stage's. */
    private void extended(StageExtended e) {
        jdbc.update("UPDATE timescale_compliance SET response_due = ?, "
                        + "original_response_due = COALESCE(original_response_due, ?), extensions = extensions + 1, "
                        + "extensions_beyond_limit = extensions_beyond_limit + ?, working_days_extended = ?, "
                        + "extensions_within_limit_or_with_good_reason = "
                        + "extensions_within_limit_or_with_good_reason AND ? WHERE complaint_id = ? AND stage = ?",
                date(e.responseDue()), date(e.previousResponseDue()), e.beyondCodeLimit() ? 1 : 0,
                e.workingDaysBeyondOriginal(), e.withinLimitOrWithGoodReason(),
                e.complaintId(), e.stage().number());
    }

    /** What a stage owes from its (re)opening: the deadlines of the row the statement would insert, nothing else. */
    private static final String AFRESH = "standing = 'OPEN', closed_on = NULL, "
            + "acknowledgement_due = EXCLUDED.acknowledgement_due, acknowledged_on = NULL, "
            + "acknowledged_on_time = NULL, original_response_due = EXCLUDED.original_response_due, "
            + "response_due = EXCLUDED.response_due, extensions = 0, extensions_beyond_limit = 0, "
            + "working_days_extended = NULL, extensions_within_limit_or_with_good_reason = TRUE, responded_on = NULL, "
            + "working_days_taken = NULL, on_time_as_extended = NULL, on_time_against_original = NULL, "
            + "refusal_reason = NULL";

    /**
     * A stage asked for, or asked for again after a refused escalation (5.11): the request asked again is the one
     * that counts.
     */
    private void opened(String id, Stage stage, Instant at, LocalDate acknowledgementDue, LocalDate responseDue) {
        startAfresh(id, stage, day(at), null, acknowledgementDue, responseDue,
                "opened_on = EXCLUDED.opened_on, taken_on_on = NULL");
    }

    /** 2.4, 5.11: the stage keeps when it first opened (the period it counts in) and owes afresh from the take-on. */
    private void takenOn(ComplaintTakenOn e) {
        Date instructed = day(e.occurredAt());
        startAfresh(e.complaintId(), e.stage(), instructed, instructed, e.acknowledgementDue(), e.responseDue(),
                "taken_on_on = EXCLUDED.taken_on_on");
    }

    /**
     * A fresh row for {@code stage} with the complaint's Code, tenure and category from its stage 1 row, or the
     * existing row set owing afresh, with {@code alsoSet} (this class's own SQL, never input). A null response deadline
     * means the clock starts at the acknowledgement (6.14).
     */
    private void startAfresh(String id, Stage stage, Date openedOn, Date takenOnOn, LocalDate acknowledgementDue,
                             LocalDate responseDue, String alsoSet) {
        jdbc.update("INSERT INTO timescale_compliance (complaint_id, stage, code_version, tenure, category, channel, "
                        + "opened_on, taken_on_on, standing, acknowledgement_due, original_response_due, response_due) "
                        + "SELECT complaint_id, ?, code_version, tenure, category, channel, ?, ?, 'OPEN', ?, ?, ? "
                        + "FROM timescale_compliance WHERE complaint_id = ? AND stage = 1 "
                        + "ON CONFLICT (complaint_id, stage) DO UPDATE SET " + alsoSet + ", " + AFRESH,
                stage.number(), openedOn, takenOnOn, date(acknowledgementDue), date(responseDue), date(responseDue),
                id);
    }

    /**
     * The response, with the flags it carries. Responses stored before the ledger recorded the original deadline and
     * its flags carry nulls: the original deadline and the extensions' verdict this row already holds from the
     * stage's own events stand in, and on time against the original is read from those dates.
     */
    private void responded(StageResponseIssued e) {
        Date respondedOn = day(e.occurredAt());
        jdbc.update("UPDATE timescale_compliance SET standing = 'RESPONDED', responded_on = ?, response_due = ?, "
                        + "on_time_as_extended = ?, original_response_due = COALESCE(?, original_response_due), "
                        + "on_time_against_original = COALESCE(?, ? <= COALESCE(?, original_response_due)), "
                        + "extensions_within_limit_or_with_good_reason = "
                        + "COALESCE(?, extensions_within_limit_or_with_good_reason), "
                        + "working_days_taken = ? WHERE complaint_id = ? AND stage = ?",
                respondedOn, date(e.responseDue()), e.onTime(), date(e.originalResponseDue()),
                e.onTimeAgainstOriginal(), respondedOn, date(e.originalResponseDue()),
                e.extensionsWithinLimitOrWithGoodReason(), workingDaysTaken(e), e.complaintId(), e.stage().number());
    }

    /** From the stage's (re)opening to the response, both London days: the Code's days are English days. */
    private Integer workingDaysTaken(StageResponseIssued e) {
        LocalDate responded = BANK_HOLIDAYS_ONLY.dayOf(e.occurredAt());
        return jdbc.query("SELECT COALESCE(taken_on_on, opened_on) FROM timescale_compliance "
                        + "WHERE complaint_id = ? AND stage = ?",
                rs -> rs.next() ? BANK_HOLIDAYS_ONLY.workingDaysBetween(rs.getDate(1).toLocalDate(), responded) : null,
                e.complaintId(), e.stage().number());
    }

    /** 2.4: a refusal closes what is open unanswered, with its ground (4.1; 2022 1.3) for refusals by ground. */
    private void refused(ComplaintRefused e) {
        jdbc.update("UPDATE timescale_compliance SET standing = 'REFUSED', closed_on = ?, refusal_reason = ? "
                + "WHERE complaint_id = ? AND standing = 'OPEN'", day(e.occurredAt()), e.reason().name(),
                e.complaintId());
    }

    /** 5.11: a refused escalation closes the stage asked for, with its ground, for the annual report's refusals. */
    private void escalationRefused(EscalationRefused e) {
        jdbc.update("UPDATE timescale_compliance SET standing = 'ESCALATION_REFUSED', closed_on = ?, "
                + "refusal_reason = ? WHERE complaint_id = ? AND stage = ?", day(e.occurredAt()), e.reason().name(),
                e.complaintId(), e.toStage().number());
    }

    /** {@code which} is one of this class's own conditions, never input. */
    private void closed(String id, String which, String standing, Instant at) {
        jdbc.update("UPDATE timescale_compliance SET standing = ?, closed_on = ? WHERE complaint_id = ? AND " + which,
                standing, day(at), id);
    }

    private static Date day(Instant at) {
        return Date.valueOf(BANK_HOLIDAYS_ONLY.dayOf(at));
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
