package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.THREE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.complaint.Steps.ID;
import static org.complaintledger.complaint.Steps.RESIDENT;
import static org.complaintledger.complaint.Steps.STAGE_ONE_HANDLER;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.complainant;
import static org.complaintledger.complaint.Steps.responseIssued;
import static org.complaintledger.complaint.Steps.with;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.complaintledger.code.Stage;
import org.complaintledger.procedure.LandlordProcedure;

/**
 * Test data: a complaint under the 2022 Code received just before Easter 2023, with dates worked out by hand against
 * the England and Wales calendar: Good Friday 7 April, Easter Monday 10 April, Mon 1 May, Mon 8 May (the coronation)
 * and Mon 29 May 2023 are bank holidays. Times are 10:00 in London (BST).
 */
final class Steps2022 {

    /** A landlord whose procedure had a third stage for the whole life of the 2022 Code (2022 5.17). */
    static final LandlordProcedure THREE_STAGES = thirdStageUntil(LocalDate.of(2024, 3, 31));

    /** Within 12 months of both receipts used here, 5 April 2023 and 28 March 2024 (2.3). */
    static final LocalDate ISSUE_AROSE = LocalDate.of(2023, 3, 30);
    /** Wednesday 5 April 2023. */
    static final Instant RECEIVED = Instant.parse("2023-04-05T09:00:00Z");
    /** "Within five days of receipt" (4.1), in calendar days: Thu 6, Fri 7, Sat 8, Sun 9, Mon 10 April (Easter Monday). */
    static final LocalDate ACK_DUE = LocalDate.of(2023, 4, 10);
    /** Thursday 6 April: acknowledged and logged at stage one. */
    static final Instant LOGGED_AT_STAGE_ONE = Instant.parse("2023-04-06T09:00:00Z");
    /** 10 working days from Thu 6 April (5.1): Fri 7, Mon 10 bank holidays; Tue 11..Fri 14 = 4, 17..21 = 9, Mon 24 = 10. */
    static final LocalDate RESPONSE_DUE = LocalDate.of(2023, 4, 24);
    /** Thursday 20 April. */
    static final Instant RESPONDED = Instant.parse("2023-04-20T09:00:00Z");
    /** Tuesday 25 April. */
    static final Instant ESCALATION_REQUESTED = Instant.parse("2023-04-25T09:00:00Z");
    /**
     * 20 working days from Tue 25 April (5.13): Wed 26..Fri 28 = 3, Mon 1 May holiday, Tue 2..Fri 5 = 7, Mon 8 May
     * holiday, Tue 9..Fri 12 = 11, 15..19 = 16, Mon 22..Thu 25 May = 20.
     */
    static final LocalDate STAGE_TWO_RESPONSE_DUE = LocalDate.of(2023, 5, 25);
    /** Wednesday 17 May. */
    static final Instant STAGE_TWO_RESPONDED = Instant.parse("2023-05-17T09:00:00Z");
    /** Friday 19 May. */
    static final Instant STAGE_THREE_REQUESTED = Instant.parse("2023-05-19T09:00:00Z");
    /**
     * 20 working days from Fri 19 May (5.18): Mon 22..Fri 26 = 5, Mon 29 May holiday, Tue 30..Fri 2 June = 9,
     * 5..9 = 14, 12..16 = 19, Mon 19 June = 20.
     */
    static final LocalDate STAGE_THREE_RESPONSE_DUE = LocalDate.of(2023, 6, 19);

    private Steps2022() {
    }

    /** A landlord whose procedure had a third stage from the 2022 Code's start until {@code until}. */
    static LandlordProcedure thirdStageUntil(LocalDate until) {
        return new LandlordProcedure(List.of(new LandlordProcedure.Period(LocalDate.of(2022, 4, 1), until)));
    }

    // ---- histories of a complaint whose procedure ends at finalStage

    static List<Object> received(Stage finalStage) {
        return List.of(logged(finalStage));
    }

    static List<Object> loggedAtStageOne(Stage finalStage) {
        return with(received(finalStage), acknowledged(LOGGED_AT_STAGE_ONE, ONE, STAGE_ONE_HANDLER, ACK_DUE, true,
                RESPONSE_DUE));
    }

    static List<Object> answered(Stage finalStage) {
        return with(loggedAtStageOne(finalStage), responseIssued(RESPONDED, ONE, Decision.NOT_UPHELD, List.of(),
                List.of(), RESPONSE_DUE, true));
    }

    static List<Object> escalated(Stage finalStage) {
        return with(answered(finalStage), escalationRequested(ESCALATION_REQUESTED, TWO, STAGE_TWO_RESPONSE_DUE));
    }

    static List<Object> stageTwoAnswered(Stage finalStage) {
        return with(escalated(finalStage), responseIssued(STAGE_TWO_RESPONDED, TWO, Decision.NOT_UPHELD, List.of(),
                List.of(), STAGE_TWO_RESPONSE_DUE, true));
    }

    static List<Object> stageThreeRequested() {
        return with(stageTwoAnswered(THREE), escalationRequested(STAGE_THREE_REQUESTED, THREE,
                STAGE_THREE_RESPONSE_DUE));
    }

    // ---- events

    static ComplaintLogged logged(Stage finalStage) {
        return logged(RECEIVED, ACK_DUE, finalStage);
    }

    static ComplaintLogged logged(Instant at, LocalDate ackDue, Stage finalStage) {
        return new ComplaintLogged(ID, at, null, RESIDENT, "2022", Channel.EMAIL, complainant(), Steps.CATEGORY,
                "v1", Tenure.LOW_COST_RENTAL, "Damp in the back bedroom", List.of("damp treated"), ISSUE_AROSE, null, false,
                null, null, ackDue, null, finalStage);
    }

    /** A request under the 2022 Code: no acknowledgement deadline, the response clock running from the request. */
    static EscalationRequested escalationRequested(Instant at, Stage toStage, LocalDate responseDue) {
        return new EscalationRequested(ID, at, null, toStage, null, null, responseDue);
    }

    static LogComplaint log(Instant receivedAt) {
        return Steps.log(receivedAt, null, ISSUE_AROSE);
    }

    static ExtendStage extend(Stage stage, LocalDate newResponseDue, String goodReason, boolean toConvenePanel) {
        return new ExtendStage(ID, null, null, stage, newResponseDue, "waiting for the surveyor's report", true, true,
                goodReason, toConvenePanel);
    }

    static StageExtended extended(Instant at, Stage stage, LocalDate previousDue, LocalDate newDue,
            int beyondOriginal, boolean beyondLimit, String goodReason, boolean toConvenePanel) {
        return new StageExtended(ID, at, null, stage, previousDue, newDue, "waiting for the surveyor's report", true,
                true, beyondOriginal, beyondLimit, goodReason, toConvenePanel);
    }
}
