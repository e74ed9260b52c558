package org.complaintledger.learning;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.Timescales;
import org.complaintledger.ledger.ComplaintsOnLedger;
import org.complaintledger.ledger.LedgerCommand;
import org.complaintledger.ledger.RecordedLate;

/**
 * One lesson learned from complaints and the service improvement planned from it, followed until it is delivered
 * (9.1-9.3; the annual report's service improvements, 8.1d). Its rules are the ledger's own: the Code asks that
 * learning be drawn and reported, not how it is kept.
 */
public class Learning {

    @AggregateIdentifier
    private String learningId;
    private Instant recordedAt;
    private final Set<String> complaintIds = new HashSet<>();
    private String owner;
    private LocalDate improvementDue;
    private boolean delivered;

    protected Learning() {
        // rebuilt from events
    }

    @CommandHandler
    public Learning(RecordLearning cmd, Timescales time, ComplaintsOnLedger complaints) {
        Instant at = RecordedLate.occurrence(cmd, time);
        List<String> ids = cmd.complaintIds();
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new InvalidField("complaintIds", "must name each complaint once");
        }
        for (int i = 0; i < ids.size(); i++) {
            complaints.require("complaintIds[" + i + "]", ids.get(i));
        }
        requireNotBeforeDayOf(at, cmd.improvementDue(), time);
        apply(new LearningRecorded(cmd.learningId(), at, cmd.backdatingReason(), ids, cmd.lesson(),
                cmd.improvement(), cmd.owner(), cmd.improvementDue(), cmd.recordedBy()));
    }

    @CommandHandler
    void handle(LinkLearningToComplaint cmd, Timescales time, ComplaintsOnLedger complaints) {
        if (complaintIds.contains(cmd.complaintId())) {
            throw new CodeRuleBroken("learning-already-linked", null,
                    "complaint " + cmd.complaintId() + " is already linked to this learning");
        }
        complaints.require("complaintId", cmd.complaintId());
        apply(new LearningLinkedToComplaint(learningId, laterStep(cmd, time), cmd.backdatingReason(),
                cmd.complaintId(), cmd.linkedBy()));
    }

    @CommandHandler
    void handle(ReassignImprovementOwner cmd, Timescales time) {
        requireNotDelivered("reassigned");
        if (owner.equals(cmd.owner())) {
            throw new CodeRuleBroken("improvement-owner-unchanged", null,
                    "the improvement is already owned by " + owner + ": nothing to reassign");
        }
        apply(new ImprovementOwnerReassigned(learningId, laterStep(cmd, time), cmd.backdatingReason(), owner,
                cmd.owner(), cmd.reason(), cmd.reassignedBy()));
    }

    @CommandHandler
    void handle(RescheduleImprovement cmd, Timescales time) {
        requireNotDelivered("rescheduled");
        if (improvementDue.equals(cmd.improvementDue())) {
            throw new CodeRuleBroken("improvement-due-unchanged", null,
                    "the improvement is already due by " + improvementDue + ": nothing to reschedule");
        }
        Instant at = laterStep(cmd, time);
        requireNotBeforeDayOf(at, cmd.improvementDue(), time);
        apply(new ImprovementRescheduled(learningId, at, cmd.backdatingReason(), improvementDue, cmd.improvementDue(),
                cmd.reason(), cmd.rescheduledBy()));
    }

    @CommandHandler
    void handle(RecordImprovementDelivered cmd, Timescales time) {
        requireNotDelivered("delivered again");
        Instant at = laterStep(cmd, time);
        apply(new ImprovementDelivered(learningId, at, cmd.backdatingReason(), cmd.delivered(), owner,
                improvementDue, time.onTime(at, improvementDue), cmd.recordedBy()));
    }

    @EventSourcingHandler
    void on(LearningEvent event) {
        switch (event) {
            case LearningRecorded e -> {
                learningId = e.learningId();
                recordedAt = e.occurredAt();
                complaintIds.addAll(e.complaintIds());
                owner = e.owner();
                improvementDue = e.improvementDue();
            }
            case LearningLinkedToComplaint e -> complaintIds.add(e.complaintId());
            case ImprovementOwnerReassigned e -> owner = e.owner();
            case ImprovementRescheduled e -> improvementDue = e.improvementDue();
            case ImprovementDelivered e -> delivered = true;
        }
    }

    private void requireNotDelivered(String what) {
        if (delivered) {
            throw new CodeRuleBroken("improvement-already-delivered", null,
                    "the improvement was delivered: it cannot be " + what + "; record new learning if more is needed");
        }
    }

    /** An improvement is due on or after the day the date is set: a date already past plans nothing. */
    private static void requireNotBeforeDayOf(Instant at, LocalDate due, Timescales time) {
        LocalDate day = time.dayOf(at);
        if (due.isBefore(day)) {
            throw new InvalidField("improvementDue", "must not be before " + day + ", the day it is set");
        }
    }

    private Instant laterStep(LedgerCommand cmd, Timescales time) {
        return RecordedLate.laterStep(cmd, time, recordedAt, "the lesson was drawn");
    }
}
