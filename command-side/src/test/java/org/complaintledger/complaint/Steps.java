package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.TWO;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.code.Stage;

/**
 * Test data: the commands and events of a typical complaint, with dates worked out by hand against the
 * England and Wales calendar. Monday 26 May 2025 is the spring bank holiday.
 */
final class Steps {

    static final String ID = "C-1";
    static final String RESIDENT = "R-1";
    /** Monday 2 June 2025, 11:00 in London: when commands without occurredAt happen. */
    static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");

    static final String STAGE_ONE_HANDLER = "Alice Shah";
    static final String STAGE_TWO_HANDLER = "Ben Okoro";
    static final LocalDate ISSUE_AROSE = LocalDate.of(2025, 4, 28);
    /** A code of the default category taxonomy, v1. */
    static final String CATEGORY = "damp-and-mould";

    // The typical history, all before NOW.
    /** Tuesday 13 May. */
    static final Instant RECEIVED = Instant.parse("2025-05-13T09:00:00Z");
    /** 5 working days from Tue 13 May: Wed 14, Thu 15, Fri 16, Mon 19, Tue 20. */
    static final LocalDate ACK_DUE = LocalDate.of(2025, 5, 20);
    /** Friday 16 May. */
    static final Instant ACKNOWLEDGED = Instant.parse("2025-05-16T09:00:00Z");
    /** 10 working days from Fri 16 May: Mon 19..Fri 23 = 5, Mon 26 bank holiday, Tue 27..Fri 30 = 9, Mon 2 Jun = 10. */
    static final LocalDate RESPONSE_DUE = LocalDate.of(2025, 6, 2);
    /** Wednesday 28 May. */
    static final Instant RESPONDED = Instant.parse("2025-05-28T09:00:00Z");
    /** Thursday 29 May. */
    static final Instant ESCALATION_REQUESTED = Instant.parse("2025-05-29T09:00:00Z");
    /** 5 working days from Thu 29 May: Fri 30, Mon 2, Tue 3, Wed 4, Thu 5 June. */
    static final LocalDate STAGE_TWO_ACK_DUE = LocalDate.of(2025, 6, 5);
    /** Friday 30 May. */
    static final Instant STAGE_TWO_ACKNOWLEDGED = Instant.parse("2025-05-30T09:00:00Z");
    /** 20 working days from Fri 30 May: 2-6 Jun = 5, 9-13 = 10, 16-20 = 15, 23-27 = 20. */
    static final LocalDate STAGE_TWO_RESPONSE_DUE = LocalDate.of(2025, 6, 27);
    /** Friday 30 May, afternoon. */
    static final Instant STAGE_TWO_RESPONDED = Instant.parse("2025-05-30T15:00:00Z");

    private Steps() {
    }

    // ---- histories, each the one before plus a step

    static List<Object> received() {
        return List.of(logged());
    }

    static List<Object> acknowledged() {
        return with(received(), stageOneAcknowledged());
    }

    static List<Object> answered() {
        return with(acknowledged(), stageOneResponded());
    }

    static List<Object> escalated() {
        return with(answered(), escalationRequested(ESCALATION_REQUESTED, STAGE_TWO_ACK_DUE));
    }

    static List<Object> stageTwoUnderWay() {
        return with(escalated(), acknowledged(STAGE_TWO_ACKNOWLEDGED, TWO, STAGE_TWO_HANDLER, STAGE_TWO_ACK_DUE, true,
                STAGE_TWO_RESPONSE_DUE));
    }

    static List<Object> finallyAnswered() {
        return with(stageTwoUnderWay(), responseIssued(STAGE_TWO_RESPONDED, TWO, Decision.NOT_UPHELD, List.of(),
                List.of(), STAGE_TWO_RESPONSE_DUE, true));
    }

    static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    // ---- parts

    static Complainant complainant() {
        return new Complainant(RESIDENT, "Jane Resident", "T-0042", null);
    }

    static ComplaintDefinition definition() {
        return new ComplaintDefinition("Damp in the back bedroom reported three times and not treated",
                List.of("damp treated", "belongings replaced"));
    }

    static Remedy apology(LocalDate dueBy) {
        return new Remedy(RemedyType.APOLOGY, "written apology", null, dueBy);
    }

    static Remedy compensation(long pence, LocalDate dueBy) {
        return new Remedy(RemedyType.FINANCIAL, "compensation for damaged belongings", pence, dueBy);
    }

    static OutstandingAction survey(LocalDate dueBy) {
        return new OutstandingAction("damp survey of the whole flat", dueBy);
    }

    static DocumentRef document(String sha256) {
        return new DocumentRef("survey.pdf", "application/pdf", sha256);
    }

    static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    // ---- events

    static ComplaintLogged logged() {
        return logged(RECEIVED, ISSUE_AROSE, false, ACK_DUE);
    }

    static ComplaintLogged logged(Instant at, LocalDate issueArose, boolean beyondWindow, LocalDate ackDue) {
        return loggedWithReason(at, null, issueArose, beyondWindow, ackDue);
    }

    static ComplaintLogged loggedWithReason(Instant at, String backdatingReason, LocalDate issueArose,
            boolean beyondWindow, LocalDate ackDue) {
        return new ComplaintLogged(ID, at, backdatingReason, RESIDENT, "2024", Channel.EMAIL, complainant(), CATEGORY,
                "v1", Tenure.LOW_COST_RENTAL, "Damp in the back bedroom", List.of("damp treated"), issueArose, null,
                beyondWindow, null, null, ackDue, null, TWO);
    }

    static StageAcknowledged stageOneAcknowledged() {
        return acknowledged(ACKNOWLEDGED, ONE, STAGE_ONE_HANDLER, ACK_DUE, true, RESPONSE_DUE);
    }

    static StageAcknowledged acknowledged(Instant at, Stage stage, String handler, LocalDate ackDue, Boolean onTime,
            LocalDate responseDue) {
        return new StageAcknowledged(ID, at, null, stage, definition(), List.of("repairs"),
                List.of("contents insurance"), handler, ackDue, onTime, responseDue);
    }

    /** Partly upheld: an apology due Fri 30 May (action-1), a survey due Fri 20 June (action-2). */
    static StageResponseIssued stageOneResponded() {
        return responseIssued(RESPONDED, ONE, Decision.PARTLY_UPHELD,
                List.of(apology(LocalDate.of(2025, 5, 30)).tracked("action-1")),
                List.of(survey(LocalDate.of(2025, 6, 20)).tracked("action-2")), RESPONSE_DUE, true);
    }

    /** A response to a stage never extended, so the original deadline is the one in force. */
    static StageResponseIssued responseIssued(Instant at, Stage stage, Decision decision, List<TrackedRemedy> remedies,
            List<TrackedAction> actions, LocalDate responseDue, boolean onTime) {
        return responseIssued(at, stage, decision, remedies, actions, responseDue, onTime, responseDue, onTime, true);
    }

    static StageResponseIssued responseIssued(Instant at, Stage stage, Decision decision, List<TrackedRemedy> remedies,
            List<TrackedAction> actions, LocalDate responseDue, boolean onTime, LocalDate originalResponseDue,
            boolean onTimeAgainstOriginal, boolean extensionsWithinLimitOrWithGoodReason) {
        return new StageResponseIssued(ID, at, null, stage, decision, "the repair was missed twice", remedies, actions,
                escalationRoute(stage), signatory(stage), responseDue, onTime, originalResponseDue,
                onTimeAgainstOriginal, extensionsWithinLimitOrWithGoodReason);
    }

    static EscalationRequested escalationRequested(Instant at, LocalDate ackDue) {
        return new EscalationRequested(ID, at, null, TWO, null, ackDue, null);
    }

    static EscalationRefused escalationRefused(Instant at) {
        return new EscalationRefused(ID, at, null, TWO, RefusalReason.ALREADY_CONSIDERED,
                "already decided by the court", true);
    }

    static ComplaintRefused refused(Instant at) {
        return new ComplaintRefused(ID, at, null, RefusalReason.LEGAL_PROCEEDINGS, "the resident has issued a claim",
                true);
    }

    static ComplaintWithdrawn withdrawn(Instant at) {
        return new ComplaintWithdrawn(ID, at, null, "the damp has been treated");
    }

    static StageExtended extended(Instant at, Stage stage, LocalDate previousDue, LocalDate newDue, int beyondOriginal,
            boolean beyondLimit, String goodReason) {
        return new StageExtended(ID, at, null, stage, previousDue, newDue, "waiting for the contractor's report", true,
                true, beyondOriginal, beyondLimit, goodReason, false);
    }

    // ---- commands, happening NOW unless they say otherwise

    static LogComplaint log() {
        return log(null, null, ISSUE_AROSE);
    }

    static LogComplaint log(Instant occurredAt, String backdatingReason, LocalDate issueArose) {
        return new LogComplaint(ID, occurredAt, backdatingReason, Channel.EMAIL, complainant(), CATEGORY,
                Tenure.LOW_COST_RENTAL, "Damp in the back bedroom", List.of("damp treated"), issueArose, null, null, null,
                null);
    }

    static RefuseComplaint refuse(RefusalReason reason, boolean residentToldOfOmbudsman) {
        return new RefuseComplaint(ID, null, null, reason, "explained by letter", residentToldOfOmbudsman);
    }

    static AcknowledgeStage acknowledge(Stage stage, String handler) {
        return acknowledge(stage, handler, null, null);
    }

    static AcknowledgeStage acknowledge(Stage stage, String handler, Instant occurredAt, String backdatingReason) {
        return new AcknowledgeStage(ID, occurredAt, backdatingReason, stage, definition(), List.of("repairs"),
                List.of("contents insurance"), handler);
    }

    static ExtendStage extend(Stage stage, LocalDate newResponseDue) {
        return extend(stage, newResponseDue, true, true, null);
    }

    static ExtendStage extend(Stage stage, LocalDate newResponseDue, boolean residentInformed,
            boolean ombudsmanContactDetailsGiven, String goodReason) {
        return new ExtendStage(ID, null, null, stage, newResponseDue, "waiting for the contractor's report",
                residentInformed, ombudsmanContactDetailsGiven, goodReason, false);
    }

    static IssueResponse respond(Stage stage, Decision decision, List<Remedy> remedies,
            List<OutstandingAction> actions) {
        return respondAt(null, stage, decision, remedies, actions);
    }

    static IssueResponse respondAt(Instant occurredAt, Stage stage, Decision decision, List<Remedy> remedies,
            List<OutstandingAction> actions) {
        return new IssueResponse(ID, occurredAt, null, stage, decision, "the repair was missed twice", remedies,
                actions, escalationRoute(stage), signatory(stage));
    }

    /** Who signs each stage's response in the typical history: the stage's own handler. */
    static String signatory(Stage stage) {
        return stage == ONE ? STAGE_ONE_HANDLER : STAGE_TWO_HANDLER;
    }

    static String escalationRoute(Stage stage) {
        return stage == ONE ? "reply within 20 working days to ask for stage 2" : "Housing Ombudsman, 0300 111 3000";
    }

    static RequestEscalation escalate() {
        return new RequestEscalation(ID, null, null, null);
    }

    static RefuseEscalation refuseEscalation(boolean residentToldOfOmbudsman) {
        return new RefuseEscalation(ID, null, null, RefusalReason.ALREADY_CONSIDERED, "already decided by the court",
                residentToldOfOmbudsman);
    }

    static AddIssue addIssue() {
        return new AddIssue(ID, null, null, "mould on the kitchen ceiling", List.of("mould treated"));
    }

    static RecordCorrespondence correspondence(Instant occurredAt, String backdatingReason) {
        return new RecordCorrespondence(ID, occurredAt, backdatingReason, Correspondence.Direction.OUTBOUND,
                Correspondence.Party.RESIDENT, Channel.EMAIL, "update on the survey", List.of(document(SHA256)));
    }

    static CorrespondenceRecorded correspondenceRecorded(Instant at, String backdatingReason) {
        return new CorrespondenceRecorded(ID, at, backdatingReason, Correspondence.Direction.OUTBOUND,
                Correspondence.Party.RESIDENT, Channel.EMAIL, "update on the survey", List.of(document(SHA256)));
    }

    static AttachDocument attach(String sha256) {
        return new AttachDocument(ID, null, null, DocumentKind.SURVEY, document(sha256), "damp survey");
    }

    static AgreeUpdateInterval agreeUpdatesEvery(int workingDays) {
        return new AgreeUpdateInterval(ID, null, null, workingDays, "phone call");
    }

    static OfferRemedy offer(Remedy remedy) {
        return new OfferRemedy(ID, null, null, remedy);
    }

    static CompleteAction complete(String actionId) {
        return new CompleteAction(ID, null, null, actionId, "done");
    }

    static WithdrawComplaint withdraw() {
        return new WithdrawComplaint(ID, null, null, "the damp has been treated");
    }
}
