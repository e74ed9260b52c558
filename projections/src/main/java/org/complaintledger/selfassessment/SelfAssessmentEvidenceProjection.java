package org.complaintledger.selfassessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
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
import org.complaintledger.readmodel.LiveProjection;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.ReadModelTable;
import org.complaintledger.readmodel.ReadModelTables;
import org.complaintledger.readmodel.Row;
import org.complaintledger.reporting.ReportReadModel;
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
public class SelfAssessmentEvidenceProjection extends LiveProjection implements ReportReadModel {

    public static final String PROCESSING_GROUP = "self-assessment-evidence";

    private final ReadModelTable handling;
    private final ReadModelTable refusals;
    private final ReadModelTable escalations;
    private final ReadModelTable updates;

    public SelfAssessmentEvidenceProjection(ReadModelTables tables) {
        super(tables);
        this.handling = tables.table("self_assessment_handling");
        this.refusals = tables.table("self_assessment_refusal");
        this.escalations = tables.table("self_assessment_escalation");
        this.updates = tables.table("self_assessment_updates");
    }

    @Override
    public List<String> tables() {
        return List.of("self_assessment_handling", "self_assessment_refusal", "self_assessment_escalation",
                "self_assessment_updates");
    }

    @Override
    public SelfAssessmentEvidenceProjection over(ReadModelTables tables) {
        return new SelfAssessmentEvidenceProjection(tables);
    }

    @Override
    public void apply(ProjectedEvent event) {
        if (event.payload() instanceof ComplaintEvent complaint) {
            on(complaint);
        }
    }

    private void on(ComplaintEvent event) {
        String id = event.complaintId();
        switch (event) {
            case ComplaintLogged e -> handling.insertIfAbsent(handling.newRow().set("complaint_id", id));
            case StageAcknowledged e -> acknowledged(e);
            case StageResponseIssued e -> responded(e);
            case StageExtended e -> updates(id, "first_extended_on", e.occurredAt());
            // 5.9: the interval agreed, not its wording (personal data)
            case UpdateIntervalAgreed e -> updates(id, "interval_agreed_on", e.occurredAt());
            case EscalationRequested e -> escalations.insertIfAbsent(escalations.newRow().set("complaint_id", id)
                    .set("to_stage", e.toStage().number()).set("requested_at", e.occurredAt())
                    .set("requested_on", day(e.occurredAt())));
            case EscalationRefused e -> {
                answered(id, e.toStage(), "REFUSED", e.occurredAt());
                refused(id, e.toStage(), e.occurredAt(), e.reason().name(), e.explanation(),
                        e.residentToldOfOmbudsmanRight());
            }
            case ComplaintRefused e -> refused(id, Stage.ONE, e.occurredAt(), e.reason().name(), e.explanation(),
                    e.residentToldOfOmbudsmanRight());
            case ComplaintWithdrawn e -> answered(id, null, "WITHDRAWN", e.occurredAt());
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

    /** Stage 1's handler joins its staff; stage 2's is compared with them (6.13); an escalation is accepted. */
    private void acknowledged(StageAcknowledged e) {
        String id = e.complaintId();
        switch (e.stage()) {
            case ONE -> stageOneStaff(id, e.handler());
            case TWO -> {
                String digest = StaffDigest.of(e.handler());
                handling.update(row -> row.set("stage_two_handler_same", amongStageOneStaff(row, digest)), id);
            }
            case THREE -> { /* the Code sets no rule on who considers stage 3 (2022) */ }
        }
        if (e.stage() != Stage.ONE) {
            answered(id, e.stage(), "ACCEPTED", e.occurredAt());
        }
    }

    /** As {@link #acknowledged}: under the 2022 Code a later stage may be answered without an acknowledgement. */
    private void responded(StageResponseIssued e) {
        String id = e.complaintId();
        switch (e.stage()) {
            case ONE -> stageOneStaff(id, e.respondedBy());
            case TWO -> {
                String digest = StaffDigest.of(e.respondedBy());
                handling.update(row -> row.set("stage_two_signatory_same", amongStageOneStaff(row, digest))
                        .set("stage_two_responded_on", day(e.occurredAt())), id);
            }
            case THREE -> { /* the Code sets no rule on who considers stage 3 (2022) */ }
        }
        if (e.stage() != Stage.ONE) {
            answered(id, e.stage(), "ACCEPTED", e.occurredAt());
        }
    }

    /** As SQL's {@code digest = ANY (stage_one_staff)}: null (unknown) for no digest, which the column then holds. */
    private static Boolean amongStageOneStaff(Row row, String digest) {
        return digest == null ? null : row.strings("stage_one_staff").contains(digest);
    }

    /** A null staff identifier (a response stored before the ledger recorded it) adds nobody. */
    private void stageOneStaff(String id, String staff) {
        String digest = StaffDigest.of(staff);
        if (digest != null) {
            handling.update(row -> {
                List<String> staffSoFar = row.strings("stage_one_staff");
                if (!staffSoFar.contains(digest)) {
                    List<String> joined = new ArrayList<>(staffSoFar);
                    joined.add(digest);
                    row.set("stage_one_staff", joined);
                }
            }, id);
        }
    }

    /** {@code column} is one of this class's own, never input; the first day is kept. */
    private void updates(String id, String column, Instant at) {
        LocalDate on = day(at);
        updates.upsert(updates.newRow().set("complaint_id", id).set(column, on), row -> row.setIfNull(column, on));
    }

    /** The unanswered requests to {@code stage} (any stage when null) get their answer. */
    private void answered(String id, Stage stage, String answer, Instant at) {
        escalations.updateWhere("complaint_id", id, row -> {
            if (row.get("answer") == null && (stage == null || row.integer("to_stage") == stage.number())) {
                row.set("answer", answer).set("answered_on", day(at));
            }
        });
    }

    /** The explanation's text is personal data: only that one was given is kept (erased text still reads as given). */
    private void refused(String id, Stage stage, Instant at, String reason, String explanation, boolean toldOfRight) {
        refusals.insertIfAbsent(refusals.newRow().set("complaint_id", id).set("stage", stage.number())
                .set("refused_at", at).set("refused_on", day(at)).set("reason", reason)
                .set("explanation_given", explanation != null && !explanation.isBlank())
                .set("ombudsman_right_told", toldOfRight));
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, WorkingDayCalendar.LONDON);
    }
}
