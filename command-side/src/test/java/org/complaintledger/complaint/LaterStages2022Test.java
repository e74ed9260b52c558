package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Steps.STAGE_ONE_HANDLER;
import static org.complaintledger.complaint.Steps.STAGE_TWO_HANDLER;
import static org.complaintledger.complaint.Steps.acknowledge;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.escalate;
import static org.complaintledger.complaint.Steps.refuseEscalation;
import static org.complaintledger.complaint.Steps.respond;
import static org.complaintledger.complaint.Steps.responseIssued;
import static org.complaintledger.complaint.Steps.with;
import static org.complaintledger.complaint.Steps2022.ESCALATION_REQUESTED;
import static org.complaintledger.complaint.Steps2022.STAGE_TWO_RESPONDED;
import static org.complaintledger.complaint.Steps2022.STAGE_TWO_RESPONSE_DUE;
import static org.complaintledger.complaint.Steps2022.answered;
import static org.complaintledger.complaint.Steps2022.escalated;
import static org.complaintledger.complaint.Steps2022.escalationRequested;
import static org.complaintledger.complaint.Steps2022.extend;
import static org.complaintledger.complaint.Steps2022.extended;
import static org.complaintledger.complaint.Steps2022.log;
import static org.complaintledger.complaint.Steps2022.logged;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stage 2 under the 2022 Code: no acknowledgement deadline, a response within 20 working days of the complaint being
 * escalated (5.13), an extension of up to a further 10 working days without good reason (5.13, 5.14), and a stage 2
 * handler who did not consider stage 1 (5.12). Bank holidays of 2023: Mon 1, Mon 8 and Mon 29 May; of 2024: Good
 * Friday 29 March, Easter Monday 1 April, Mon 6 and Mon 27 May.
 */
class LaterStages2022Test {

    @Test
    void escalationStartsTheStageTwoClockAndSetsNoAcknowledgementDeadline() {
        // requested Tue 25 April 2023: Wed 26..Fri 28 = 3, Mon 1 May holiday, Tue 2..Fri 5 = 7, Mon 8 May holiday,
        // Tue 9..Fri 12 = 11, Mon 15..Fri 19 = 16, Mon 22..Thu 25 May = 20 (5.13)
        ComplaintFixture.at(ESCALATION_REQUESTED)
                .given(answered(TWO))
                .when(escalate())
                .expectEvents(escalationRequested(ESCALATION_REQUESTED, TWO, STAGE_TWO_RESPONSE_DUE));
    }

    @Test
    void stageTwoMayBeAnsweredWithoutAnAcknowledgement() {
        ComplaintFixture.at(STAGE_TWO_RESPONDED)
                .given(escalated(TWO))
                .when(respond(TWO, Decision.NOT_UPHELD, List.of(), List.of()))
                .expectEvents(responseIssued(STAGE_TWO_RESPONDED, TWO, Decision.NOT_UPHELD, List.of(), List.of(),
                        STAGE_TWO_RESPONSE_DUE, true));
    }

    @Test
    void acknowledgingStageTwoIsRecordedWithoutADeadlineAndLeavesTheClockRunningFromTheRequest() {
        // Fri 5 May 2023: later than 5 working days after the request (Wed 3 May) would be under 2024's 6.11, but the
        // 2022 Code sets no deadline; the response stays due Thu 25 May, 20 working days from the request
        Instant friday = Instant.parse("2023-05-05T09:00:00Z");
        ComplaintFixture.at(friday)
                .given(escalated(TWO))
                .when(acknowledge(TWO, STAGE_TWO_HANDLER))
                .expectEvents(acknowledged(friday, TWO, STAGE_TWO_HANDLER, null, null, STAGE_TWO_RESPONSE_DUE));
    }

    @Test
    void stageTwoHandlerWhoHandledStageOneIsRefusedCitingTwentyTwentyTwoFiveTwelve() {
        ComplaintFixture.at(Instant.parse("2023-05-05T09:00:00Z"))
                .given(escalated(TWO))
                .when(acknowledge(TWO, STAGE_ONE_HANDLER))
                .expectException(breaks("stage-handler-must-differ", "5.12"))
                .expectNoEvents();
    }

    @Test
    void stageTwoExtensionOfTenWorkingDaysNeedsNoGoodReason() {
        // from Thu 25 May 2023: Fri 26 = 1, Mon 29 May holiday, Tue 30..Fri 2 June = 5, Mon 5..Fri 9 June = 10
        Instant at = Instant.parse("2023-05-22T09:00:00Z");
        ComplaintFixture.at(at)
                .given(escalated(TWO))
                .when(extend(TWO, LocalDate.of(2023, 6, 9), null, false))
                .expectEvents(extended(at, TWO, STAGE_TWO_RESPONSE_DUE, LocalDate.of(2023, 6, 9), 10, false, null,
                        false));
    }

    @Test
    void stageTwoExtensionBeyondTenWorkingDaysWithoutGoodReasonIsRefusedCitingFiveThirteen() {
        // Mon 12 June 2023 is 11 working days after Thu 25 May
        ComplaintFixture.at(Instant.parse("2023-05-22T09:00:00Z"))
                .given(escalated(TWO))
                .when(extend(TWO, LocalDate.of(2023, 6, 12), null, false))
                .expectException(breaks("extension-beyond-limit-without-good-reason", "5.13"))
                .expectNoEvents();
    }

    @Test
    void refusingTheStageTwoEscalationWithoutTellingTheResidentCitesTwentyTwentyTwoFiveNine() {
        ComplaintFixture.at(Instant.parse("2023-04-26T09:00:00Z"))
                .given(escalated(TWO))
                .when(refuseEscalation(false))
                .expectException(breaks("refusal-without-ombudsman-right", "5.9"))
                .expectNoEvents();
    }

    @Test
    void aStageTwoAnsweredWithoutAnAcknowledgementHasNoEscalationLeftToRefuse() {
        ComplaintFixture.at(Instant.parse("2023-05-18T09:00:00Z"))
                .given(Steps2022.stageTwoAnswered(TWO))
                .when(refuseEscalation(true))
                .expectException(breaks("no-escalation-pending", null))
                .expectNoEvents();
    }

    /** Thursday 28 March 2024, 10:00 in London (GMT): three days before the 2024 Code. */
    private static final Instant CHANGEOVER_RECEIPT = Instant.parse("2024-03-28T10:00:00Z");
    /** Five calendar days (4.1): Fri 29 (Good Friday), Sat 30, Sun 31 March, Mon 1 April (Easter Monday), Tue 2 April. */
    private static final LocalDate CHANGEOVER_ACK_DUE = LocalDate.of(2024, 4, 2);

    @Test
    void complaintReceivedOnTwentyEighthMarch2024IsLoggedUnderThe2022Code() {
        ComplaintFixture.at(CHANGEOVER_RECEIPT)
                .givenNoPriorActivity()
                .when(log(CHANGEOVER_RECEIPT))
                .expectEvents(logged(CHANGEOVER_RECEIPT, CHANGEOVER_ACK_DUE, TWO));
    }

    @Test
    void complaintReceivedOnTwentyEighthMarch2024IsStillGovernedBy2022WhenEscalatedInMay2024() {
        // logged at stage one Tue 2 April 2024: Wed 3..Fri 5 = 3, Mon 8..Fri 12 = 8, Mon 15 = 9, Tue 16 April = 10;
        // answered Fri 12 April. Escalated Tue 7 May 2024 (after the Mon 6 May holiday): the 2022 Code counts 20
        // working days from the request (5.13), with no acknowledgement deadline: Wed 8..Fri 10 = 3, Mon 13..Fri 17
        // = 8, Mon 20..Fri 24 = 13, Mon 27 May holiday, Tue 28..Fri 31 = 17, Mon 3, Tue 4, Wed 5 June = 20.
        // (Under the 2024 Code it would have been acknowledged by Tue 14 May, then 20 working days from that.)
        Instant loggedAtStageOne = Instant.parse("2024-04-02T09:00:00Z");
        Instant answeredAt = Instant.parse("2024-04-12T09:00:00Z");
        Instant requested = Instant.parse("2024-05-07T09:00:00Z");
        ComplaintFixture.at(requested)
                .given(with(List.of(logged(CHANGEOVER_RECEIPT, CHANGEOVER_ACK_DUE, TWO)),
                        acknowledged(loggedAtStageOne, ONE, STAGE_ONE_HANDLER, CHANGEOVER_ACK_DUE, true,
                                LocalDate.of(2024, 4, 16)),
                        responseIssued(answeredAt, ONE, Decision.NOT_UPHELD, List.of(), List.of(),
                                LocalDate.of(2024, 4, 16), true)))
                .when(escalate())
                .expectEvents(escalationRequested(requested, TWO, LocalDate.of(2024, 6, 5)));
    }
}
