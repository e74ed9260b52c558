package org.complaintledger.outcomes;

import static org.complaintledger.outcomes.Days.date;
import static org.complaintledger.outcomes.Days.dayOf;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
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
import org.complaintledger.reporting.ReportReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
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
public class OutcomesAndRemediesProjection implements ReportReadModel {

    public static final String PROCESSING_GROUP = "outcomes-and-remedies";

    /** What a row of {@code ombudsman_finding} is: a determination's finding or a handling failure (8.1 c). */
    public enum FindingKind { DETERMINATION, COMPLAINT_HANDLING_FAILURE_ORDER, CODE_NON_COMPLIANCE_FINDING }

    /** The reference of a referral recorded without one: the column is part of the key, so it cannot be null. */
    public static final String NO_REFERENCE = "";

    private final JdbcTemplate jdbc;

    public OutcomesAndRemediesProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ComplaintEvent event) {
        switch (event) {
            case StageResponseIssued e -> responded(e);
            case RemedyOffered e -> remedy(e.complaintId(), e.remedy(), null, dayOf(e.occurredAt()));
            case ActionCompleted e -> jdbc.update("UPDATE outcome_action SET completed_on = ?, on_time = ? "
                    + "WHERE complaint_id = ? AND action_id = ?", dayOf(e.occurredAt()), e.onTime(),
                    e.complaintId(), e.actionId());
            // A referral may be recorded before the Ombudsman gives a reference: it counts (8.1 c) under '' then.
            case ReferredToOmbudsman e -> jdbc.update("INSERT INTO ombudsman_referral (complaint_id, "
                    + "ombudsman_reference, referred_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    e.complaintId(), e.ombudsmanReference() == null ? NO_REFERENCE : e.ombudsmanReference(),
                    dayOf(e.occurredAt()));
            case OmbudsmanDetermined e -> determined(e);
            case ComplaintHandlingFailureFound e -> {
                FindingKind kind = switch (e.kind()) {
                    case COMPLAINT_HANDLING_FAILURE_ORDER -> FindingKind.COMPLAINT_HANDLING_FAILURE_ORDER;
                    case CODE_NON_COMPLIANCE_FINDING -> FindingKind.CODE_NON_COMPLIANCE_FINDING;
                };
                finding(e, 1, e.findingId(), kind, null, e.ombudsmanReference(), e.provisions());
                orders(e, e.orders());
            }
            case OmbudsmanOrderComplied e -> jdbc.update("UPDATE ombudsman_order SET complied_on = ?, on_time = ? "
                    + "WHERE complaint_id = ? AND order_id = ?", dayOf(e.occurredAt()), e.onTime(),
                    e.complaintId(), e.orderId());
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

    @ResetHandler
    void replayFromScratch() {
        // DELETE, not TRUNCATE: the runtime role may not truncate (databaseroles.RuntimePrivileges).
        tables().forEach(table -> jdbc.update("DELETE FROM " + table));
    }

    @Override
    public List<String> tables() {
        return List.of("outcome_decision", "outcome_action", "ombudsman_referral", "ombudsman_finding",
                "ombudsman_order");
    }

    @Override
    public void apply(Object event, Instant recordedAt) {
        if (event instanceof ComplaintEvent e) {
            on(e);
        }
    }

    /** The stage's decision (6.9 c, 6.19 c) and the remedies and actions the response sets (6.17, 7.3). */
    private void responded(StageResponseIssued e) {
        Date on = dayOf(e.occurredAt());
        jdbc.update("INSERT INTO outcome_decision (complaint_id, stage, decision, responded_on) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (complaint_id, stage) DO UPDATE SET decision = EXCLUDED.decision, "
                        + "responded_on = EXCLUDED.responded_on",
                e.complaintId(), e.stage().number(), e.decision().name(), on);
        for (TrackedRemedy remedy : e.remediesOffered()) {
            remedy(e.complaintId(), remedy, e.stage(), on);
        }
        for (TrackedAction action : e.outstandingActions()) {
            action(e.complaintId(), action.actionId(), null, null, e.stage(), on, action.dueBy());
        }
    }

    private void remedy(String complaintId, TrackedRemedy remedy, Stage stage, Date on) {
        action(complaintId, remedy.actionId(), remedy.type().name(), remedy.amountPence(), stage, on, remedy.dueBy());
    }

    /** Upsert that keeps a completion already seen, so replaying an event already seen changes nothing. */
    private void action(String complaintId, String actionId, String remedyType, Long amountPence, Stage stage,
                        Date on, LocalDate dueBy) {
        jdbc.update("INSERT INTO outcome_action (complaint_id, action_id, remedy_type, amount_pence, stage, set_on, "
                        + "due_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (complaint_id, action_id) DO UPDATE SET "
                        + "remedy_type = EXCLUDED.remedy_type, amount_pence = EXCLUDED.amount_pence, "
                        + "stage = EXCLUDED.stage, set_on = EXCLUDED.set_on, due_by = EXCLUDED.due_by",
                complaintId, actionId, remedyType, amountPence, stage == null ? null : stage.number(), on,
                date(dueBy));
    }

    private void determined(OmbudsmanDetermined e) {
        List<Ombudsman.DeterminedFinding> findings = e.findings();
        for (int i = 0; i < findings.size(); i++) {
            Ombudsman.DeterminedFinding f = findings.get(i);
            finding(e, i + 1, f.findingId(), FindingKind.DETERMINATION, f.finding().name(), null, null);
        }
        orders(e, e.orders());
    }

    private void finding(ComplaintEvent e, int position, String findingId, FindingKind kind, String finding,
                         String ombudsmanReference, List<String> provisions) {
        jdbc.update("INSERT INTO ombudsman_finding (complaint_id, found_at, position, finding_id, kind, finding, "
                        + "ombudsman_reference, provisions, found_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING",
                e.complaintId(), Timestamp.from(e.occurredAt()), position, findingId, kind.name(), finding,
                ombudsmanReference, provisions == null ? null : provisions.toArray(String[]::new),
                dayOf(e.occurredAt()));
    }

    private void orders(ComplaintEvent e, List<Ombudsman.TrackedOrder> orders) {
        for (Ombudsman.TrackedOrder order : orders == null ? List.<Ombudsman.TrackedOrder>of() : orders) {
            jdbc.update("INSERT INTO ombudsman_order (complaint_id, order_id, finding_id, made_on, due_by) "
                            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    e.complaintId(), order.orderId(), order.findingId(), dayOf(e.occurredAt()),
                    date(order.dueBy()));
        }
    }
}
