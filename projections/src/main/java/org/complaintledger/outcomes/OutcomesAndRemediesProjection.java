package org.complaintledger.outcomes;

import static org.complaintledger.outcomes.Days.dayOf;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
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
import org.complaintledger.complaint.Ombudsman;
import org.complaintledger.complaint.OmbudsmanDetermined;
import org.complaintledger.complaint.OmbudsmanOrderComplied;
import org.complaintledger.complaint.ReferredToOmbudsman;
import org.complaintledger.complaint.RemedyOffered;
import org.complaintledger.complaint.StageAcknowledged;
import org.complaintledger.complaint.StageExtended;
import org.complaintledger.complaint.StageResponseIssued;
import org.complaintledger.complaint.TrackedAction;
import org.complaintledger.complaint.TrackedRemedy;
import org.complaintledger.complaint.UpdateIntervalAgreed;
import org.complaintledger.readmodel.LiveProjection;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.ReadModelTable;
import org.complaintledger.readmodel.ReadModelTables;
import org.complaintledger.reporting.ReportReadModel;
import org.springframework.stereotype.Component;

/**
 * What complaints came to, for the annual report (8.1, 8.2) and the governing body's update (9.7): the decision of
 * each stage, every remedy (7.1) and outstanding action (6.17) to completion on time or late, the Ombudsman's
 * referrals, findings and orders and their compliance (8.1 c, 9.7 c). Ids, enums, dates and amounts only, never the
 * descriptions, so erasing a resident's personal data never needs it rewritten. Learning records are the same
 * group's {@link LearningRecordsProjection}.
 */
@Component
@ProcessingGroup(OutcomesAndRemediesProjection.PROCESSING_GROUP)
public class OutcomesAndRemediesProjection extends LiveProjection implements ReportReadModel {

    public static final String PROCESSING_GROUP = "outcomes-and-remedies";

    /** What a row of {@code ombudsman_finding} is: a determination's finding or a handling failure (8.1 c). */
    public enum FindingKind { DETERMINATION, COMPLAINT_HANDLING_FAILURE_ORDER, CODE_NON_COMPLIANCE_FINDING }

    /** The reference of a referral recorded without one: the column is part of the key, so it cannot be null. */
    public static final String NO_REFERENCE = "";

    private final ReadModelTable decisions;
    private final ReadModelTable actions;
    private final ReadModelTable referrals;
    private final ReadModelTable findings;
    private final ReadModelTable orders;

    public OutcomesAndRemediesProjection(ReadModelTables tables) {
        super(tables);
        this.decisions = tables.table("outcome_decision");
        this.actions = tables.table("outcome_action");
        this.referrals = tables.table("ombudsman_referral");
        this.findings = tables.table("ombudsman_finding");
        this.orders = tables.table("ombudsman_order");
    }

    @Override
    public List<String> tables() {
        return List.of("outcome_decision", "outcome_action", "ombudsman_referral", "ombudsman_finding",
                "ombudsman_order");
    }

    @Override
    public OutcomesAndRemediesProjection over(ReadModelTables tables) {
        return new OutcomesAndRemediesProjection(tables);
    }

    @Override
    public void apply(ProjectedEvent event) {
        if (event.payload() instanceof ComplaintEvent complaint) {
            on(complaint);
        }
    }

    private void on(ComplaintEvent event) {
        switch (event) {
            case StageResponseIssued e -> responded(e);
            case RemedyOffered e -> remedy(e.complaintId(), e.remedy(), null, dayOf(e.occurredAt()));
            case ActionCompleted e -> actions.update(row -> row.set("completed_on", dayOf(e.occurredAt()))
                    .set("on_time", e.onTime()), e.complaintId(), e.actionId());
            // A referral may be recorded before the Ombudsman gives a reference: it counts (8.1 c) under '' then.
            case ReferredToOmbudsman e -> referrals.insertIfAbsent(referrals.newRow()
                    .set("complaint_id", e.complaintId())
                    .set("ombudsman_reference", e.ombudsmanReference() == null ? NO_REFERENCE : e.ombudsmanReference())
                    .set("referred_on", dayOf(e.occurredAt())));
            case OmbudsmanDetermined e -> determined(e);
            case ComplaintHandlingFailureFound e -> {
                FindingKind kind = switch (e.kind()) {
                    case COMPLAINT_HANDLING_FAILURE_ORDER -> FindingKind.COMPLAINT_HANDLING_FAILURE_ORDER;
                    case CODE_NON_COMPLIANCE_FINDING -> FindingKind.CODE_NON_COMPLIANCE_FINDING;
                };
                finding(e, 1, e.findingId(), kind, null, e.ombudsmanReference(), e.provisions());
                orders(e, e.orders());
            }
            case OmbudsmanOrderComplied e -> orders.update(row -> row.set("complied_on", dayOf(e.occurredAt()))
                    .set("on_time", e.onTime()), e.complaintId(), e.orderId());
            // Nothing of an outcome: the timescale and case summary projections follow these.
            case ComplaintLogged e -> { }
            case ComplaintRefused e -> { }
            case ComplaintTakenOn e -> { }
            case StageAcknowledged e -> { }
            case StageExtended e -> { }
            case EscalationRequested e -> { }
            case EscalationRefused e -> { }
            case IssueAdded e -> { }
            case CorrespondenceRecorded e -> { }
            case DocumentAttached e -> { }
            case UpdateIntervalAgreed e -> { }
            case ComplaintWithdrawn e -> { }
        }
    }

    /** The stage's decision (6.9 c, 6.19 c) and the remedies and actions the response sets (6.17, 7.3). */
    private void responded(StageResponseIssued e) {
        LocalDate on = dayOf(e.occurredAt());
        decisions.upsert(decisions.newRow().set("complaint_id", e.complaintId()).set("stage", e.stage().number())
                        .set("decision", e.decision().name()).set("responded_on", on),
                existing -> existing.set("decision", e.decision().name()).set("responded_on", on));
        for (TrackedRemedy remedy : e.remediesOffered()) {
            remedy(e.complaintId(), remedy, e.stage(), on);
        }
        for (TrackedAction action : e.outstandingActions()) {
            action(e.complaintId(), action.actionId(), null, null, e.stage(), on, action.dueBy());
        }
    }

    private void remedy(String complaintId, TrackedRemedy remedy, Stage stage, LocalDate on) {
        action(complaintId, remedy.actionId(), remedy.type().name(), remedy.amountPence(), stage, on, remedy.dueBy());
    }

    /** Upsert that keeps a completion already seen, so replaying an event already seen changes nothing. */
    private void action(String complaintId, String actionId, String remedyType, Long amountPence, Stage stage,
                        LocalDate on, LocalDate dueBy) {
        Integer stageNumber = stage == null ? null : stage.number();
        actions.upsert(actions.newRow().set("complaint_id", complaintId).set("action_id", actionId)
                        .set("remedy_type", remedyType).set("amount_pence", amountPence).set("stage", stageNumber)
                        .set("set_on", on).set("due_by", dueBy),
                existing -> existing.set("remedy_type", remedyType).set("amount_pence", amountPence)
                        .set("stage", stageNumber).set("set_on", on).set("due_by", dueBy));
    }

    private void determined(OmbudsmanDetermined e) {
        List<Ombudsman.DeterminedFinding> found = e.findings();
        for (int i = 0; i < found.size(); i++) {
            Ombudsman.DeterminedFinding f = found.get(i);
            finding(e, i + 1, f.findingId(), FindingKind.DETERMINATION, f.finding().name(), null, null);
        }
        orders(e, e.orders());
    }

    private void finding(ComplaintEvent e, int position, String findingId, FindingKind kind, String finding,
                         String ombudsmanReference, List<String> provisions) {
        findings.insertIfAbsent(findings.newRow().set("complaint_id", e.complaintId()).set("found_at", e.occurredAt())
                .set("position", position).set("finding_id", findingId).set("kind", kind.name())
                .set("finding", finding).set("ombudsman_reference", ombudsmanReference).set("provisions", provisions)
                .set("found_on", dayOf(e.occurredAt())));
    }

    private void orders(ComplaintEvent e, List<Ombudsman.TrackedOrder> made) {
        for (Ombudsman.TrackedOrder order : made == null ? List.<Ombudsman.TrackedOrder>of() : made) {
            orders.insertIfAbsent(orders.newRow().set("complaint_id", e.complaintId()).set("order_id", order.orderId())
                    .set("finding_id", order.findingId()).set("made_on", dayOf(e.occurredAt()))
                    .set("due_by", order.dueBy()));
        }
    }
}
