package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.THREE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Steps.STAGE_ONE_HANDLER;
import static org.complaintledger.complaint.Steps.acknowledge;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.respond;
import static org.complaintledger.complaint.Steps2022.ACK_DUE;
import static org.complaintledger.complaint.Steps2022.LOGGED_AT_STAGE_ONE;
import static org.complaintledger.complaint.Steps2022.RECEIVED;
import static org.complaintledger.complaint.Steps2022.RESPONDED;
import static org.complaintledger.complaint.Steps2022.RESPONSE_DUE;
import static org.complaintledger.complaint.Steps2022.THREE_STAGES;
import static org.complaintledger.complaint.Steps2022.extend;
import static org.complaintledger.complaint.Steps2022.extended;
import static org.complaintledger.complaint.Steps2022.log;
import static org.complaintledger.complaint.Steps2022.logged;
import static org.complaintledger.complaint.Steps2022.loggedAtStageOne;
import static org.complaintledger.complaint.Steps2022.received;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stage 1 under the 2022 Code: acknowledged and logged within five (calendar) days of receipt (4.1), answered within
 * 10 working days of being logged (5.1), extended by up to a further 10 working days without good reason (5.1, 5.2).
 * Dates around Easter 2023: Good Friday 7 April and Easter Monday 10 April are bank holidays.
 */
class StageOne2022Test {

    @Test
    void complaintReceivedBeforeFirstApril2024IsLoggedUnderThe2022CodeWithItsAcknowledgementInCalendarDays() {
        // received Wed 5 April 2023: Thu 6, Fri 7, Sat 8, Sun 9, Mon 10 April (5 calendar days, 4.1);
        // 5 working days would have run to Fri 14 April
        ComplaintFixture.at(RECEIVED)
                .givenNoPriorActivity()
                .when(log(RECEIVED))
                .expectEvents(logged(TWO));
    }

    @Test
    void aThreeStageLandlordsComplaintRecordsItsThirdStageWhenLogged() {
        ComplaintFixture.at(RECEIVED, THREE_STAGES)
                .givenNoPriorActivity()
                .when(log(RECEIVED))
                .expectEvents(logged(THREE));
    }

    @Test
    void aComplaintReceivedAfterTheLandlordDroppedItsThirdStageHasTwo() {
        // the third stage ran to Fri 31 March 2023; received Wed 5 April 2023
        ComplaintFixture.at(RECEIVED, Steps2022.thirdStageUntil(LocalDate.of(2023, 3, 31)))
                .givenNoPriorActivity()
                .when(log(RECEIVED))
                .expectEvents(logged(TWO));
    }

    @Test
    void responseClockRunsFromTheComplaintBeingLoggedAtStageOne() {
        // logged at stage one Thu 6 April: Fri 7 and Mon 10 are bank holidays; Tue 11..Fri 14 = 4, Mon 17..Fri 21 = 9,
        // Mon 24 April = 10 (5.1)
        ComplaintFixture.at(LOGGED_AT_STAGE_ONE)
                .given(received(TWO))
                .when(acknowledge(ONE, STAGE_ONE_HANDLER))
                .expectEvents(acknowledged(LOGGED_AT_STAGE_ONE, ONE, STAGE_ONE_HANDLER, ACK_DUE, true, RESPONSE_DUE));
    }

    @Test
    void acknowledgementOnTheFifthCalendarDayIsOnTimeThoughItIsABankHoliday() {
        // Mon 10 April (Easter Monday) is the fifth calendar day; the response clock then runs Tue 11..Fri 14 = 4,
        // Mon 17..Fri 21 = 9, Mon 24 April = 10
        Instant easterMonday = Instant.parse("2023-04-10T09:00:00Z");
        ComplaintFixture.at(easterMonday)
                .given(received(TWO))
                .when(acknowledge(ONE, STAGE_ONE_HANDLER))
                .expectEvents(acknowledged(easterMonday, ONE, STAGE_ONE_HANDLER, ACK_DUE, true,
                        LocalDate.of(2023, 4, 24)));
    }

    @Test
    void acknowledgementWithinFiveWorkingDaysButAfterFiveCalendarDaysIsLate() {
        // Tue 11 April is the second working day after receipt but the sixth calendar day: late under 4.1 as the ledger
        // counts it. Response: Wed 12..Fri 14 = 3, Mon 17..Fri 21 = 8, Mon 24 = 9, Tue 25 April = 10
        Instant tuesday = Instant.parse("2023-04-11T09:00:00Z");
        ComplaintFixture.at(tuesday)
                .given(received(TWO))
                .when(acknowledge(ONE, STAGE_ONE_HANDLER))
                .expectEvents(acknowledged(tuesday, ONE, STAGE_ONE_HANDLER, ACK_DUE, false,
                        LocalDate.of(2023, 4, 25)));
    }

    @Test
    void stageOneCannotBeAnsweredBeforeItIsLogged() {
        ComplaintFixture.at(RESPONDED)
                .given(received(TWO))
                .when(respond(ONE, Decision.NOT_UPHELD, List.of(), List.of()))
                .expectException(breaks("stage-not-acknowledged", "4.1"))
                .expectNoEvents();
    }

    @Test
    void extensionOfTenWorkingDaysNeedsNoGoodReason() {
        // from Mon 24 April: Tue 25..Fri 28 = 4, Mon 1 May holiday, Tue 2..Fri 5 = 8, Mon 8 May (coronation) holiday,
        // Tue 9 = 9, Wed 10 May = 10 (5.1: "a further 10 days"; 5.2 counts it in working days)
        ComplaintFixture.at(RESPONDED)
                .given(loggedAtStageOne(TWO))
                .when(extend(ONE, LocalDate.of(2023, 5, 10), null, false))
                .expectEvents(extended(RESPONDED, ONE, RESPONSE_DUE, LocalDate.of(2023, 5, 10), 10, false, null, false));
    }

    @Test
    void extensionBeyondTenWorkingDaysWithoutGoodReasonIsRefusedCitingTheTwentyTwentyTwoCode() {
        // Thu 11 May is 11 working days after Mon 24 April
        ComplaintFixture.at(RESPONDED)
                .given(loggedAtStageOne(TWO))
                .when(extend(ONE, LocalDate.of(2023, 5, 11), null, false))
                .expectException(breaks("extension-beyond-limit-without-good-reason", "5.1"))
                .expectNoEvents();
    }

    @Test
    void extensionBeyondTenWorkingDaysWithGoodReasonIsRecordedAsBeyondTheLimit() {
        ComplaintFixture.at(RESPONDED)
                .given(loggedAtStageOne(TWO))
                .when(extend(ONE, LocalDate.of(2023, 5, 11), "the surveyor is off sick", false))
                .expectEvents(extended(RESPONDED, ONE, RESPONSE_DUE, LocalDate.of(2023, 5, 11), 11, true,
                        "the surveyor is off sick", false));
    }
}
