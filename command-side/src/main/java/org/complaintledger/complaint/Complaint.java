package org.complaintledger.complaint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.complaintledger.code.Stage.ONE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.complaintledger.category.CategoryTaxonomy;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.CodeVersion;
import org.complaintledger.code.ExtensionRule;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.Stage;
import org.complaintledger.code.StageTimescale;
import org.complaintledger.code.Timescales;

/**
 * One complaint, from receipt to the Ombudsman's state.orders. Command handlers decide against the Code and
 * the order of the complaint's life; the state they decide on is rebuilt from the complaint's own events.
 */
public class Complaint {

    @AggregateIdentifier
    private String complaintId;
    private final ComplaintState state = new ComplaintState();

    protected Complaint() {
        // rebuilt from events
    }

    @CommandHandler
    public Complaint(LogComplaint cmd, Timescales time, CategoryTaxonomy categories) {
        CodeVersion code = time.governing(cmd.occurredAt() == null ? time.now() : cmd.occurredAt());
        Instant received = time.occurrence(cmd.occurredAt(), cmd.backdatingReason(), code);
        boolean beyondWindow = RefusalWindow.beyond(cmd, time.dayOf(received), code);
        String dataSubject = cmd.complainant().residentId() == null ? cmd.complaintId() : cmd.complainant().residentId();
        // 9.4: the category is chosen from the taxonomy in force, and the complaint records which version that was.
        String category = categories.chosen(cmd.category());
        apply(new ComplaintLogged(cmd.complaintId(), received, cmd.backdatingReason(), dataSubject, code.name(), cmd.channel(),
                cmd.complainant(), category, categories.version(), cmd.tenure(), cmd.description(), cmd.outcomesSought(),
                cmd.issueArose(), cmd.residentBecameAware(), beyondWindow, cmd.windowDiscretion(), cmd.relatedComplaintId(),
                time.acknowledgementDue(code.timescale(ONE).acknowledgement(), received),  // 6.2; 2022 4.1
                cmd.serviceRequestReference(), time.finalStage(code, received)));
    }

    @CommandHandler
    void handle(RefuseComplaint cmd, Timescales time) {
        state.requireOpen();
        if (state.stageOne().responded()) {
            // The ledger's own rule: after a stage 1 response, what is left to refuse is the escalation (5.11).
            throw new CodeRuleBroken("refusal-after-response", null,
                    "a complaint can only be refused before its stage 1 response; refuse the escalation instead");
        }
        RefusalGrounds.require(cmd.reason(), cmd.residentToldOfOmbudsmanRight(), "2.4", state);
        apply(new ComplaintRefused(complaintId, state.step(cmd, time), cmd.backdatingReason(), cmd.reason(),
                cmd.explanation(), true));
    }

    @CommandHandler
    void handle(AcknowledgeStage cmd, Timescales time) {
        state.requireOpen();
        StageProgress stage = state.requested(cmd.stage(), time);
        if (stage.acknowledged()) {
            throw new CodeRuleBroken("stage-already-acknowledged", null,
                    "stage " + cmd.stage().number() + " is already acknowledged");
        }
        if (stage.responded()) {
            throw new CodeRuleBroken("stage-already-responded", null,
                    "stage " + cmd.stage().number() + " has already been responded to");
        }
        StageTimescale timescale = state.timescale(cmd.stage(), time);
        state.requireNotInvolvedEarlier(cmd.stage(), cmd.handler(), time);  // 6.13; 2022 5.12
        Instant at = state.step(cmd, time);
        // The clock runs from this step (6.3, 6.14; 2022 5.1), or has run since the request (2022 5.13, 5.18).
        LocalDate responseDue = timescale.responseClockStartsAtRequest() ? stage.responseDue()
                : time.deadline(at, timescale.response().days());
        LocalDate acknowledgementDue = stage.acknowledgementDue();
        apply(new StageAcknowledged(complaintId, at, cmd.backdatingReason(), cmd.stage(), cmd.definition(),
                cmd.responsibleFor(), cmd.notResponsibleFor(), cmd.handler(), acknowledgementDue,
                acknowledgementDue == null ? null : time.onTime(at, acknowledgementDue), responseDue));
    }

    @CommandHandler
    void handle(ExtendStage cmd, Timescales time) {
        state.requireOpen();
        StageProgress stage = state.awaitingResponse(cmd.stage(), time);
        if (!cmd.newResponseDue().isAfter(stage.responseDue())) {
            throw new InvalidField("newResponseDue", "must be later than the deadline in force, " + stage.responseDue());
        }
        ExtensionRule rule = state.timescale(cmd.stage(), time).extension();
        Instant at = state.step(cmd, time);
        Extensions.requireAgreedInTime(at, stage.responseDue(), cmd.backdatingReason(), rule.provision(), time);
        Extensions.requireResidentTold(cmd, rule);
        boolean toConvenePanel = Boolean.TRUE.equals(cmd.toConvenePanel());
        int beyondOriginal = time.workingDaysBetween(stage.originalResponseDue(), cmd.newResponseDue());
        boolean beyondLimit = rule.beyondLimit(stage.originalResponseDue(), cmd.newResponseDue(), cmd.goodReason(),
                toConvenePanel, time);  // 6.4, 6.15; 2022 5.1, 5.13, 5.18
        apply(new StageExtended(complaintId, at, cmd.backdatingReason(), cmd.stage(),
                stage.responseDue(), cmd.newResponseDue(), cmd.reason(), true, true, beyondOriginal, beyondLimit,
                cmd.goodReason(), toConvenePanel));
    }

    @CommandHandler
    void handle(IssueResponse cmd, Timescales time) {
        state.requireOpen();
        StageProgress stage = state.awaitingResponse(cmd.stage(), time);
        state.requireNotInvolvedEarlier(cmd.stage(), cmd.respondedBy(), time);  // 6.13; 2022 5.12
        ResponseContents.require(cmd, state, time);
        Instant at = state.step(cmd, time);
        List<TrackedRemedy> remedies = state.actions.numbered(cmd.remediesOffered(), 0, Remedy::tracked);
        List<TrackedAction> outstanding =
                state.actions.numbered(cmd.outstandingActions(), remedies.size(), OutstandingAction::tracked);
        apply(new StageResponseIssued(complaintId, at, cmd.backdatingReason(), cmd.stage(), cmd.decision(),
                cmd.reasons(), remedies, outstanding, cmd.escalationRoute(), cmd.respondedBy(), stage.responseDue(),
                time.onTime(at, stage.responseDue()), stage.originalResponseDue(),
                time.onTime(at, stage.originalResponseDue()), stage.extensionsWithinLimitOrWithGoodReason()));
    }

    @CommandHandler
    void handle(RequestEscalation cmd, Timescales time) {
        state.requireOpen();
        StageProgress latest = state.latestStage();
        CodeVersion code = state.code(time);
        // 5.11: a refused escalation is not final, so the resident may ask for the same stage again
        Stage next = latest.refused() ? latest.stage() : nextStageAfter(latest, code);
        StageTimescale timescale = code.timescale(next);
        Instant at = state.step(cmd, time);
        apply(new EscalationRequested(complaintId, at, cmd.backdatingReason(), next, cmd.residentsWords(),
                time.acknowledgementDue(timescale.acknowledgement(), at),  // 6.11; none in 2022
                timescale.responseClockStartsAtRequest() ? time.deadline(at, timescale.response().days()) : null));
    }

    @CommandHandler
    void handle(RefuseEscalation cmd, Timescales time) {
        state.requireOpen();
        StageProgress latest = state.latestStage();
        // A 2022 stage 2 or 3 may be answered without an acknowledgement: answered, it is no longer pending either.
        if (latest.stage() == ONE || latest.acknowledged() || latest.responded() || latest.refused()) {
            throw new CodeRuleBroken("no-escalation-pending", null, "there is no escalation request awaiting a decision");
        }
        RefusalGrounds.require(cmd.reason(), cmd.residentToldOfOmbudsmanRight(),
                state.timescale(latest.stage(), time).escalation().refusalProvision(), state);  // 5.11; 2022 5.9
        apply(new EscalationRefused(complaintId, state.step(cmd, time), cmd.backdatingReason(), latest.stage(), cmd.reason(),
                cmd.explanation(), true));
    }

    @CommandHandler
    void handle(TakeOnComplaint cmd, Timescales time) {
        Stage stage = state.refusedStage();
        Instant at = state.step(cmd, time);
        // 2.4, 5.11: the stage starts afresh, its deadlines counted from the instruction
        StageTimescale timescale = state.timescale(stage, time);
        apply(new ComplaintTakenOn(complaintId, at, cmd.backdatingReason(), cmd.instructedBy(),
                cmd.instructionReference(), cmd.reason(), stage,
                time.acknowledgementDue(timescale.acknowledgement(), at),
                timescale.responseClockStartsAtRequest() ? time.deadline(at, timescale.response().days()) : null));
    }

    @CommandHandler
    void handle(AddIssue cmd, Timescales time) {
        state.requireOpen();
        if (state.stageOne().responded()) {
            throw new CodeRuleBroken("issue-after-stage-one-response", "6.8", "stage 1 has been responded to: "
                    + "log the new issue as a new complaint, which may reference this one as relatedComplaintId");
        }
        apply(new IssueAdded(complaintId, state.step(cmd, time), cmd.backdatingReason(), cmd.description(),
                cmd.outcomesSought() == null ? List.of() : cmd.outcomesSought()));
    }

    @CommandHandler
    void handle(RecordCorrespondence cmd, Timescales time) {
        apply(new CorrespondenceRecorded(complaintId, state.onRecord(cmd, time), cmd.backdatingReason(), cmd.direction(),
                cmd.party(), cmd.channel(), cmd.summary(), cmd.documents() == null ? List.of() : cmd.documents()));
    }

    @CommandHandler
    void handle(AttachDocument cmd, Timescales time) {
        apply(new DocumentAttached(complaintId, state.onRecord(cmd, time), cmd.backdatingReason(), cmd.kind(),
                cmd.document(), cmd.description()));
    }

    @CommandHandler
    void handle(AgreeUpdateInterval cmd, Timescales time) {
        state.requireOpen();
        apply(new UpdateIntervalAgreed(complaintId, state.onRecord(cmd, time), cmd.backdatingReason(),
                cmd.everyWorkingDays(), cmd.arrangement()));
    }

    @CommandHandler
    void handle(OfferRemedy cmd, Timescales time) {
        state.requireOpen();
        apply(new RemedyOffered(complaintId, state.onRecord(cmd, time), cmd.backdatingReason(),
                cmd.remedy().tracked(state.actions.nextId(0))));
    }

    @CommandHandler
    void handle(CompleteAction cmd, Timescales time) {
        LocalDate due = state.actions.dueByOfOpen(cmd.actionId());
        Instant at = state.onRecord(cmd, time);
        apply(new ActionCompleted(complaintId, at, cmd.backdatingReason(), cmd.actionId(), cmd.note(), due,
                time.onTime(at, due)));
    }

    @CommandHandler
    void handle(WithdrawComplaint cmd, Timescales time) {
        state.requireOpen();
        StageProgress latest = state.latestStage();
        if (latest.responded() && state.isFinalStage(latest.stage())) {
            throw new CodeRuleBroken("withdrawal-after-final-response", null,
                    "the complaint has had its final response and can no longer be withdrawn");
        }
        apply(new ComplaintWithdrawn(complaintId, state.step(cmd, time), cmd.backdatingReason(), cmd.reason()));
    }

    @CommandHandler
    void handle(ReferToOmbudsman cmd, Timescales time) {
        if (state.referralOpen()) {
            throw new CodeRuleBroken("already-referred", null, "the complaint is already with the Ombudsman");
        }
        apply(new ReferredToOmbudsman(complaintId, state.onRecord(cmd, time), cmd.backdatingReason(),
                cmd.ombudsmanReference()));
    }

    @CommandHandler
    void handle(RecordOmbudsmanDetermination cmd, Timescales time) {
        if (!state.referralOpen()) {
            throw new CodeRuleBroken("determination-without-referral", null,
                    "the complaint is not with the Ombudsman: record the referral first");
        }
        List<Ombudsman.DeterminedFinding> findings =
                state.findings.numbered(cmd.findings(), Ombudsman.DefinedComplaintFinding::numbered);
        List<Ombudsman.OrderOnFinding> made = cmd.orders() == null ? List.of() : cmd.orders();
        state.findings.requireFollowed(made, findings); // 9.7 c: each order linked to the finding it follows
        List<Ombudsman.TrackedOrder> tracked = state.orders.numbered(made, 0, Ombudsman.OrderOnFinding::tracked);
        apply(new OmbudsmanDetermined(complaintId, state.onRecord(cmd, time), cmd.backdatingReason(), findings,
                tracked));
    }

    /** 8.1 c, 9.7 c: the Ombudsman may find a complaint handling failure while the landlord still handles it. */
    @CommandHandler
    void handle(RecordComplaintHandlingFailure cmd, Timescales time) {
        String findingId = state.findings.nextId(0);
        List<Ombudsman.Order> made = cmd.orders() == null ? List.of() : cmd.orders();
        apply(new ComplaintHandlingFailureFound(complaintId, state.onRecord(cmd, time), cmd.backdatingReason(),
                findingId, cmd.ombudsmanReference(), cmd.kind(), cmd.provisions(), cmd.description(),
                state.orders.numbered(made, 0, (order, orderId) -> order.tracked(orderId, findingId))));
    }

    @CommandHandler
    void handle(RecordOrderComplied cmd, Timescales time) {
        LocalDate due = state.orders.dueByOfOpen(cmd.orderId());
        Instant at = state.onRecord(cmd, time);
        apply(new OmbudsmanOrderComplied(complaintId, at, cmd.backdatingReason(), cmd.orderId(), cmd.evidence(), due,
                time.onTime(at, due)));
    }

    @EventSourcingHandler
    void on(ComplaintEvent event) {
        if (event instanceof ComplaintLogged logged) {
            complaintId = logged.complaintId();
        }
        state.advance(event);
    }

    private Stage nextStageAfter(StageProgress latest, CodeVersion code) {
        if (!latest.responded()) {
            Stage asked = state.isFinalStage(latest.stage()) ? latest.stage() : latest.stage().next();
            throw new CodeRuleBroken("escalation-before-response", code.timescale(asked).escalation().requestProvision(),
                    "stage " + latest.stage().number() + " has not been responded to yet");
        }
        if (state.isFinalStage(latest.stage())) {  // 5.3; 2022 5.17: the landlord's procedure ends here
            throw new CodeRuleBroken("no-further-stage", code.stagesProvision(), "stage " + latest.stage().number()
                    + " was the final stage; the resident may take the complaint to the Ombudsman");
        }
        return latest.stage().next();
    }
}
