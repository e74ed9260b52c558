package org.complaintledger.record.page;

import java.util.List;
import java.util.function.Function;
import org.complaintledger.code.CodeVersion;
import org.complaintledger.code.CodeVersions;
import org.complaintledger.code.Stage;
import org.complaintledger.code.StageTimescale;
import org.complaintledger.complaint.ActionCompleted;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.complaint.ComplaintHandlingFailureFound;
import org.complaintledger.complaint.ComplaintLogged;
import org.complaintledger.complaint.ComplaintRefused;
import org.complaintledger.complaint.ComplaintTakenOn;
import org.complaintledger.complaint.ComplaintWithdrawn;
import org.complaintledger.complaint.Correspondence;
import org.complaintledger.complaint.CorrespondenceRecorded;
import org.complaintledger.complaint.DocumentAttached;
import org.complaintledger.complaint.DocumentRef;
import org.complaintledger.complaint.EscalationRefused;
import org.complaintledger.complaint.EscalationRequested;
import org.complaintledger.complaint.IssueAdded;
import org.complaintledger.complaint.Ombudsman.TrackedOrder;
import org.complaintledger.complaint.OmbudsmanDetermined;
import org.complaintledger.complaint.OmbudsmanOrderComplied;
import org.complaintledger.complaint.ReferredToOmbudsman;
import org.complaintledger.complaint.RefusalReason;
import org.complaintledger.complaint.RemedyOffered;
import org.complaintledger.complaint.StageAcknowledged;
import org.complaintledger.complaint.StageExtended;
import org.complaintledger.complaint.StageResponseIssued;
import org.complaintledger.complaint.TrackedRemedy;
import org.complaintledger.complaint.UpdateIntervalAgreed;

/**
 * Each kind of step in words a resident, a member of staff or an Ombudsman investigator reads, with the Code provision
 * it answers and its facts. A provision that depends on the stage comes from the complaint's own Code version; the
 * others are the 2024 Code's and are left out of a 2022 complaint rather than cited wrongly.
 */
final class StepWording {

    /** A step in words. */
    record Worded(String title, String provision, List<CaseRecordEntry.Fact> facts, List<DocumentRef> documents) {
    }

    private static final CodeVersions CODES = CodeVersions.known();

    private final CaseRecordOutcomes outcomes;
    private CodeVersion code;

    StepWording(CaseRecordOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    Worded word(ComplaintEvent event) {
        return switch (event) {
            case ComplaintLogged l -> logged(l);
            case ComplaintRefused r -> worded("Complaint refused", of2024("2.4"),
                    refusal(r.reason(), r.explanation(), r.residentToldOfOmbudsmanRight()));
            case ComplaintTakenOn t -> worded("Refusal reversed: taken on at " + Words.stage(t.stage()).toLowerCase(),
                    of2024(t.stage() == Stage.ONE ? "2.4" : "5.11"), new Facts()
                    .add("Instructed by", Words.of(t.instructedBy()))
                    .add("Instruction reference", t.instructionReference())
                    .add("Reason", t.reason()).add("Acknowledgement due", Words.day(t.acknowledgementDue()))
                    .add("Response due", Words.day(t.responseDue())));
            case StageAcknowledged a -> worded(Words.stage(a.stage()) + " acknowledged",
                    rule(a.stage(), s -> s.acknowledgement().provision()), new Facts()
                    .add("Handler", a.handler())
                    .add("The complaint as understood", a.definition() == null ? null : a.definition().understanding())
                    .add("Outcomes sought", a.definition() == null ? null : a.definition().outcomesSought())
                    .add("The landlord is responsible for", a.responsibleFor())
                    .add("The landlord is not responsible for", a.notResponsibleFor())
                    .add("Acknowledgement due", Words.day(a.acknowledgementDue()))
                    .add("On time", Words.yesNo(a.onTime()))
                    .add("Response due", Words.day(a.responseDue())));
            case StageExtended e -> worded(Words.stage(e.stage()) + " response deadline extended",
                    rule(e.stage(), s -> s.extension().provision()), new Facts()
                    .add("Deadline moved from", Words.day(e.previousResponseDue()))
                    .add("Deadline moved to", Words.day(e.responseDue()))
                    .add("Reason", e.reason()).add("Resident informed", Words.yesNo(e.residentInformed()))
                    .add("Ombudsman's contact details given", Words.yesNo(e.ombudsmanContactDetailsGiven()))
                    .add("Working days beyond the original deadline", String.valueOf(e.workingDaysBeyondOriginal()))
                    .add("Beyond the Code's limit", Words.yesNo(e.beyondCodeLimit())).add("Good reason", e.goodReason())
                    .add("To convene a panel", Boolean.TRUE.equals(e.toConvenePanel()) ? "yes" : null));
            case StageResponseIssued r -> responded(r);
            case EscalationRequested e -> worded("Escalation to " + Words.stage(e.toStage()).toLowerCase()
                    + " requested",
                    rule(e.toStage(), s -> s.escalation().requestProvision()), new Facts()
                    .add("In the resident's words", e.residentsWords())
                    .add("Acknowledgement due", Words.day(e.acknowledgementDue()))
                    .add("Response due", Words.day(e.responseDue())));
            case EscalationRefused r -> worded("Escalation to " + Words.stage(r.toStage()).toLowerCase() + " refused",
                    rule(r.toStage(), s -> s.escalation().refusalProvision()),
                    refusal(r.reason(), r.explanation(), r.residentToldOfOmbudsmanRight()));
            case IssueAdded i -> worded("Issue added to the complaint", of2024("6.8"), new Facts()
                    .add("Issue", i.description()).add("Outcomes sought", i.outcomesSought()));
            case CorrespondenceRecorded c -> new Worded(correspondence(c), of2024("5.12"), new Facts()
                    .add("Channel", Words.of(c.channel())).add("Summary", c.summary()).list(),
                    c.documents() == null ? List.of() : c.documents());
            case DocumentAttached d -> new Worded("Document attached: " + Words.of(d.kind()).toLowerCase(),
                    of2024("5.12"), new Facts().add("Description", d.description()).list(), List.of(d.document()));
            case UpdateIntervalAgreed u -> worded("Updates agreed every " + u.everyWorkingDays() + " working days",
                    of2024("5.9"), new Facts().add("Arrangement", u.arrangement()));
            case RemedyOffered r -> worded("Remedy offered", of2024("7.3"), new Facts()
                    .add("Remedy", remedy(r.remedy())));
            case ActionCompleted c -> completed(c);
            case ComplaintWithdrawn w -> worded("Complaint withdrawn", null, new Facts().add("Reason", w.reason()));
            case ReferredToOmbudsman r -> worded("Referred to the Housing Ombudsman", null, new Facts()
                    .add("Ombudsman's reference", r.ombudsmanReference()));
            case OmbudsmanDetermined d -> worded("Housing Ombudsman's determination", null, new Facts()
                    .add("Findings", d.findings() == null ? null : d.findings().stream()
                            .map(f -> (f.findingId() == null ? "" : f.findingId() + ": ") + Words.of(f.finding())
                                    + " on " + f.definedComplaint()).toList())
                    .add("Orders", orders(d.orders())));
            case OmbudsmanOrderComplied c -> complied(c);
            case ComplaintHandlingFailureFound f -> worded("Housing Ombudsman: " + Words.of(f.kind()).toLowerCase(),
                    null, new Facts().add("Finding", f.findingId()).add("Ombudsman's reference", f.ombudsmanReference())
                    .add("Code provisions", f.provisions() == null ? null : String.join(", ", f.provisions()))
                    .add("Description", f.description()).add("Orders", orders(f.orders())));
        };
    }

    private Worded logged(ComplaintLogged l) {
        // Every later step is cited under the Code version that governs the complaint (its receipt date).
        code = CODES.named(l.codeVersion()).orElse(null);
        var complainant = l.complainant();
        var representative = complainant == null ? null : complainant.representative();
        return worded("Complaint received and logged", null, new Facts()
                .add("Code", l.codeVersion() == null ? null : "Complaint Handling Code " + l.codeVersion()
                        + ", " + l.finalStage().number() + "-stage procedure")
                .add("Channel", Words.of(l.channel()))
                .add("Resident", complainant == null ? null : complainant.residentName())
                .add("Resident's id", complainant == null ? null : complainant.residentId())
                .add("Resident's reference", complainant == null ? null : complainant.residentReference())
                .add("Representative", representative == null ? null
                        : representative.name() + " (" + representative.relationship() + ")")
                .add("Category", l.category()).add("Tenure", Words.of(l.tenure()))
                .add("The complaint", l.description()).add("Outcomes sought", l.outcomesSought())
                .add("Issue arose", Words.day(l.issueArose()))
                .add("Resident became aware", Words.day(l.residentBecameAware()))
                .add("Outside the 12-month window", l.beyondRefusalWindow() ? "yes" : null)
                .add("Accepted by discretion (2.3)", l.windowDiscretion() == null ? null
                        : l.windowDiscretion().decidedBy() + ": " + l.windowDiscretion().reason())
                .add("Related complaint", l.relatedComplaintId())
                .add("Service request", l.serviceRequestReference())
                .add("Acknowledgement due", Words.day(l.acknowledgementDue())));
    }

    private Worded responded(StageResponseIssued r) {
        return worded(Words.stage(r.stage()) + " response issued",
                rule(r.stage(), s -> s.response().contentsProvision()),
                new Facts().add("Decision", Words.of(r.decision())).add("Reasons", r.reasons())
                        .add("Remedies offered", r.remediesOffered() == null ? null
                                : r.remediesOffered().stream().map(StepWording::remedy).toList())
                        .add("Outstanding actions", r.outstandingActions() == null ? null
                                : r.outstandingActions().stream().map(a -> a.actionId() + ": " + a.description()
                                        + ", by " + Words.day(a.dueBy())).toList())
                        .add("How to escalate", r.escalationRoute()).add("Responded by", r.respondedBy())
                        .add("Response due", Words.day(r.responseDue())).add("On time", Words.yesNo(r.onTime()))
                        .add("Original deadline", Words.day(r.originalResponseDue()))
                        .add("On time against the original deadline", Words.yesNo(r.onTimeAgainstOriginal()))
                        .add("Extensions within the limit or with a good reason",
                                Words.yesNo(r.extensionsWithinLimitOrWithGoodReason())));
    }

    private Worded completed(ActionCompleted c) {
        CaseRecordOutcomes.ActionLine action = outcomes.action(c.actionId());
        return worded(action == null ? "Action completed" : action.kind() + " completed", of2024("6.17"), new Facts()
                .add("Action", c.actionId() + (action == null ? "" : ": " + action.description()))
                .add("Due by", Words.day(c.dueBy())).add("On time", Words.yesNo(c.onTime())).add("Note", c.note()));
    }

    private Worded complied(OmbudsmanOrderComplied c) {
        CaseRecordOutcomes.OrderLine order = outcomes.order(c.orderId());
        return worded("Ombudsman's order complied with", null, new Facts()
                .add("Order", c.orderId() + (order == null ? "" : ": " + order.description()))
                .add("Due by", Words.day(c.dueBy())).add("On time", Words.yesNo(c.onTime()))
                .add("Evidence", c.evidence()));
    }

    private static String correspondence(CorrespondenceRecorded c) {
        String party = c.party() == Correspondence.Party.OTHER ? "another party"
                : c.party() == Correspondence.Party.OMBUDSMAN ? "the Housing Ombudsman"
                : "the " + Words.of(c.party()).toLowerCase();
        return c.direction() == Correspondence.Direction.INBOUND ? "Correspondence received from " + party
                : "Correspondence sent to " + party;
    }

    private static String remedy(TrackedRemedy r) {
        String amount = r.amountPence() == null ? "" : ", " + Words.pounds(r.amountPence());
        return r.actionId() + ": " + Words.of(r.type()) + " (" + r.description() + amount + "), by "
                + Words.day(r.dueBy());
    }

    /** A refusal, of the complaint or of its escalation, on the grounds of section 2 (5.11). */
    private static Facts refusal(RefusalReason ground, String explanation, boolean toldOfOmbudsmanRight) {
        return new Facts().add("Ground", Words.of(ground)).add("Explanation", explanation)
                .add("Resident told of the right to go to the Ombudsman", Words.yesNo(toldOfOmbudsmanRight));
    }

    private static List<String> orders(List<TrackedOrder> orders) {
        return orders == null ? null : orders.stream().map(o -> o.orderId()
                + (o.findingId() == null ? "" : " (on " + o.findingId() + ")") + ": " + o.description()
                + ", by " + Words.day(o.dueBy())).toList();
    }

    /** The provision a stage's rule cites under the complaint's Code version. */
    private String rule(Stage stage, Function<StageTimescale, String> provision) {
        return code != null && code.hasStage(stage) ? provision.apply(code.timescale(stage)) : null;
    }

    private String of2024(String provision) {
        return code != null && CodeVersions.CODE_2024.name().equals(code.name()) ? provision : null;
    }

    private static Worded worded(String title, String provision, Facts facts) {
        return new Worded(title, provision, facts.list(), List.of());
    }
}
