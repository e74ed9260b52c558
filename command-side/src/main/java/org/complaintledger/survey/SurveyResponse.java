package org.complaintledger.survey;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.Timescales;
import org.complaintledger.ledger.ComplaintsOnLedger;
import org.complaintledger.ledger.LedgerCommand;
import org.complaintledger.ledger.RecordedLate;
import org.complaintledger.review.UnderReview;

/**
 * A survey response in which a resident expressed dissatisfaction: the Code requires that they be given information
 * on how to complain (1.6), so the record follows whether and when they were, and the complaint it became, if any.
 */
public class SurveyResponse {

    @AggregateIdentifier
    private String responseId;
    private Instant respondedAt;
    private boolean told;
    private String complaintId;

    protected SurveyResponse() {
        // rebuilt from events
    }

    @CommandHandler
    public SurveyResponse(RecordSurveyDissatisfaction cmd, Timescales time, ComplaintsOnLedger complaints) {
        Instant at = RecordedLate.occurrence(cmd, time);
        UnderReview.onlyWhen(cmd.toldHowToComplain(), true, "howTold", cmd.howTold(),
                "the resident was told how to complain");
        if (cmd.complaintId() != null) {
            complaints.require("complaintId", cmd.complaintId());
        }
        apply(new SurveyDissatisfactionRecorded(cmd.responseId(), at, cmd.backdatingReason(), cmd.survey(),
                cmd.residentId(), cmd.whatTheySaid(), cmd.toldHowToComplain(), cmd.howTold(), cmd.complaintId(),
                cmd.recordedBy()));
    }

    @CommandHandler
    void handle(RecordToldHowToComplain cmd, Timescales time) {
        if (told) {
            throw new CodeRuleBroken("resident-already-told-how-to-complain", null,
                    "the resident is already on record as told how to complain about this survey response");
        }
        apply(new ResidentToldHowToComplain(responseId, laterStep(cmd, time), cmd.backdatingReason(), cmd.howTold(),
                cmd.toldBy()));
    }

    @CommandHandler
    void handle(LinkSurveyResponseToComplaint cmd, Timescales time, ComplaintsOnLedger complaints) {
        if (complaintId != null) {
            throw new CodeRuleBroken("survey-response-already-became-complaint", null,
                    "this survey response already became complaint " + complaintId);
        }
        complaints.require("complaintId", cmd.complaintId());
        apply(new SurveyResponseBecameComplaint(responseId, laterStep(cmd, time), cmd.backdatingReason(),
                cmd.complaintId(), cmd.linkedBy()));
    }

    @EventSourcingHandler
    void on(SurveyResponseEvent event) {
        switch (event) {
            case SurveyDissatisfactionRecorded e -> {
                responseId = e.responseId();
                respondedAt = e.occurredAt();
                told = e.toldHowToComplain();
                complaintId = e.complaintId();
            }
            case ResidentToldHowToComplain e -> told = true;
            case SurveyResponseBecameComplaint e -> complaintId = e.complaintId();
        }
    }

    private Instant laterStep(LedgerCommand cmd, Timescales time) {
        return RecordedLate.laterStep(cmd, time, respondedAt, "the resident responded to the survey");
    }
}
