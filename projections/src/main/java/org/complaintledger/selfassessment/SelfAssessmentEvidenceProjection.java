package org.complaintledger.selfassessment;

import java.sql.Date;
import java.sql.Timestamp;
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
 * What a self-assessment against the Code (8.1 a) can show from complaints and the timescale and outcome rows do not
 * hold: whether stage 2 was considered by someone other than stage 1's handler (6.13; 2022 5.12), each refusal with
 * whether it was explained and the resident told of the Ombudsman (2.4, 5.11) and its ground, each escalation request
 * and its answer, and when update intervals were agreed against the first extension (5.9). Staff are kept as digests
 * only, to compare; no text of any event is kept, so erasure changes no row.
 */
@Component
@ProcessingGroup(SelfAssessmentEvidenceProjection.PROCESSING_GROUP)
public class SelfAssessmentEvidenceProjection implements ReportReadModel {

    public static final String PROCESSING_GROUP = "self-assessment-evidence";

    private final JdbcTemplate jdbc;

    public SelfAssessmentEvidenceProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ComplaintEvent event) {
        String id = event.complaintId();
        switch (event) {
            case ComplaintLogged e -> jdbc.update("INSERT INTO self_assessment_handling (complaint_id) VALUES (?) "
                    + "ON CONFLICT (complaint_id) DO NOTHING", id);
            case StageAcknowledged e -> acknowledged(e);
            case StageResponseIssued e -> responded(e);
            case StageExtended e -> updates(id, "first_extended_on", e.occurredAt());
            // 5.9: the interval agreed, not its wording (personal data)
            case UpdateIntervalAgreed e -> updates(id, "interval_agreed_on", e.occurredAt());
            case EscalationRequested e -> jdbc.update("INSERT INTO self_assessment_escalation (complaint_id, "
                            + "to_stage, requested_at, requested_on) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    id, e.toStage().number(), Timestamp.from(e.occurredAt()), day(e.occurredAt()));
            case EscalationRefused e -> {
                answered(id, "to_stage = " + e.toStage().number(), "REFUSED", e.occurredAt());
                refused(id, e.toStage(), e.occurredAt(), e.reason().name(), e.explanation(),
                        e.residentToldOfOmbudsmanRight());
            }
            case ComplaintRefused e -> refused(id, Stage.ONE, e.occurredAt(), e.reason().name(), e.explanation(),
                    e.residentToldOfOmbudsmanRight());
            case ComplaintWithdrawn e -> answered(id, "TRUE", "WITHDRAWN", e.occurredAt());
            case ComplaintTakenOn e -> { /* an instruction, not the resident's request: the refusal stays counted */ }
            case IssueAdded e -> { /* nothing a self-assessment figure reads */ }
            case CorrespondenceRecorded e -> { /* nothing a self-assessment figure reads */ }
            case DocumentAttached e -> { /* nothing a self-assessment figure reads */ }
            case RemedyOffered e -> { /* remedies are the outcomes projection's */ }
            case ActionCompleted e -> { /* actions are the outcomes projection's */ }
            case ReferredToOmbudsman e -> { /* the outcomes projection's */ }
            case OmbudsmanDetermined e -> { /* the outcomes projection's */ }
            case OmbudsmanOrderComplied e -> { /* the outcomes projection's */ }
            case ComplaintHandlingFailureFound e -> { /* the outcomes projection's */ }
        }
    }

    @ResetHandler
    void replayFromScratch() {
        tables().forEach(table -> jdbc.update("DELETE FROM " + table));
    }

    @Override
    public List<String> tables() {
        return List.of("self_assessment_handling", "self_assessment_refusal", "self_assessment_escalation",
                "self_assessment_updates");
    }

    @Override
    public void apply(Object event, Instant recordedAt) {
        if (event instanceof ComplaintEvent e) {
            on(e);
        }
    }

    /** Stage 1's handler joins its staff; stage 2's is compared with them (6.13); an escalation is accepted. */
    private void acknowledged(StageAcknowledged e) {
        String id = e.complaintId();
        switch (e.stage()) {
            case ONE -> stageOneStaff(id, e.handler());
            case TWO -> jdbc.update("UPDATE self_assessment_handling SET stage_two_handler_same = "
                    + "(? = ANY (stage_one_staff)) WHERE complaint_id = ?", StaffDigest.of(e.handler()), id);
            case THREE -> { /* the Code sets no rule on who considers stage 3 (2022) */ }
        }
        if (e.stage() != Stage.ONE) {
            answered(id, "to_stage = " + e.stage().number(), "ACCEPTED", e.occurredAt());
        }
    }

    /** As {@link #acknowledged}: under the 2022 Code a later stage may be answered without an acknowledgement. */
    private void responded(StageResponseIssued e) {
        String id = e.complaintId();
        switch (e.stage()) {
            case ONE -> stageOneStaff(id, e.respondedBy());
            case TWO -> jdbc.update("UPDATE self_assessment_handling SET stage_two_signatory_same = "
                            + "(? = ANY (stage_one_staff)), stage_two_responded_on = ? WHERE complaint_id = ?",
                    StaffDigest.of(e.respondedBy()), day(e.occurredAt()), id);
            case THREE -> { /* the Code sets no rule on who considers stage 3 (2022) */ }
        }
        if (e.stage() != Stage.ONE) {
            answered(id, "to_stage = " + e.stage().number(), "ACCEPTED", e.occurredAt());
        }
    }

    /** A null staff identifier (a response stored before the ledger recorded it) adds nobody. */
    private void stageOneStaff(String id, String staff) {
        String digest = StaffDigest.of(staff);
        if (digest != null) {
            jdbc.update("UPDATE self_assessment_handling SET stage_one_staff = array_append(stage_one_staff, ?) "
                    + "WHERE complaint_id = ? AND NOT (? = ANY (stage_one_staff))", digest, id, digest);
        }
    }

    /** {@code column} is one of this class's own, never input; the first day is kept. */
    private void updates(String id, String column, Instant at) {
        jdbc.update("INSERT INTO self_assessment_updates (complaint_id, " + column + ") VALUES (?, ?) "
                + "ON CONFLICT (complaint_id) DO UPDATE SET " + column + " = COALESCE(self_assessment_updates."
                + column + ", EXCLUDED." + column + ")", id, day(at));
    }

    /** The unanswered requests {@code which} (this class's own condition) get their answer. */
    private void answered(String id, String which, String answer, Instant at) {
        jdbc.update("UPDATE self_assessment_escalation SET answer = ?, answered_on = ? "
                + "WHERE complaint_id = ? AND answer IS NULL AND " + which, answer, day(at), id);
    }

    /** The explanation's text is personal data: only that one was given is kept (erased text still reads as given). */
    private void refused(String id, Stage stage, Instant at, String reason, String explanation, boolean toldOfRight) {
        jdbc.update("INSERT INTO self_assessment_refusal (complaint_id, stage, refused_at, refused_on, reason, "
                        + "explanation_given, ombudsman_right_told) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING",
                id, stage.number(), Timestamp.from(at), day(at), reason,
                explanation != null && !explanation.isBlank(), toldOfRight);
    }

    static Date day(Instant at) {
        return Date.valueOf(LocalDate.ofInstant(at, WorkingDayCalendar.LONDON));
    }
}
