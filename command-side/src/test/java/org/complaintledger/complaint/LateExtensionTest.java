package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Steps.ID;
import static org.complaintledger.complaint.Steps.RESPONSE_DUE;
import static org.complaintledger.complaint.Steps.STAGE_TWO_RESPONSE_DUE;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.extend;
import static org.complaintledger.complaint.Steps.extended;
import static org.complaintledger.complaint.Steps.respondAt;
import static org.complaintledger.complaint.Steps.responseIssued;
import static org.complaintledger.complaint.Steps.stageTwoUnderWay;
import static org.complaintledger.complaint.Steps.with;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An extension is agreed on or before the deadline in force (6.4, 6.15): one agreed later would count a late
 * response as on time. Stage 1 is due Mon 2 June, stage 2 Fri 27 June; the clock here stands after the deadline.
 */
class LateExtensionTest {

    /** Tuesday 3 June, 11:00 in London: the day after stage 1 was due. */
    private static final Instant TUESDAY = Instant.parse("2025-06-03T10:00:00Z");
    /** Monday 2 June, 10:00 in London: the deadline day. */
    private static final Instant DEADLINE_DAY = Instant.parse("2025-06-02T09:00:00Z");
    /** 5 working days after Mon 2 June: 3-6 = 4, Mon 9 June = 5. */
    private static final LocalDate JUNE_9 = LocalDate.of(2025, 6, 9);
    private static final String WHY_LATE = "agreed by phone on the deadline day; the note was filed the next morning";

    private static ExtendStage extendOn(Instant occurredAt, String backdatingReason) {
        return new ExtendStage(ID, occurredAt, backdatingReason, ONE, JUNE_9, "waiting for the contractor's report",
                true, true, null, null);
    }

    @Test
    void refusesAStageOneExtensionAgreedAfterTheDeadline() {
        ComplaintFixture.at(TUESDAY)
                .given(acknowledged())
                .when(extend(ONE, JUNE_9))
                .expectException(breaks("extension-after-deadline", "6.4"))
                .expectNoEvents();
    }

    @Test
    void refusesAStageTwoExtensionAgreedAfterTheDeadline() {
        // due Fri 27 June; agreed Mon 30 June
        ComplaintFixture.at(Instant.parse("2025-06-30T10:00:00Z"))
                .given(stageTwoUnderWay())
                .when(extend(TWO, LocalDate.of(2025, 7, 11)))
                .expectException(breaks("extension-after-deadline", "6.15"))
                .expectNoEvents();
    }

    @Test
    void extensionAgreedLateInTheEveningOfTheDeadlineDayIsInTime() {
        // 22:30 UTC on Mon 2 June is 23:30 in London, still the deadline day
        Instant lateEvening = Instant.parse("2025-06-02T22:30:00Z");
        ComplaintFixture.at(lateEvening)
                .given(acknowledged())
                .when(extend(ONE, JUNE_9))
                .expectEvents(extended(lateEvening, ONE, RESPONSE_DUE, JUNE_9, 5, false, null));
    }

    @Test
    void extensionRecordedAfterTheDeadlineButDatedOnItNeedsItsReasonEvenWithinTheAllowance() {
        // one working day late, within the 2-day allowance, but after the deadline: a backdate must say why
        ComplaintFixture.at(TUESDAY)
                .given(acknowledged())
                .when(extendOn(DEADLINE_DAY, null))
                .expectException(invalidField("backdatingReason"))
                .expectNoEvents();
    }

    @Test
    void extensionHonestlyBackdatedToTheDeadlineDayIsAccepted() {
        ComplaintFixture.at(TUESDAY)
                .given(acknowledged())
                .when(extendOn(DEADLINE_DAY, WHY_LATE))
                .expectEvents(new StageExtended(ID, DEADLINE_DAY, WHY_LATE, ONE, RESPONSE_DUE, JUNE_9,
                        "waiting for the contractor's report", true, true, 5, false, null, false));
    }

    @Test
    void extensionBackdatedPastTheDeadlineIsStillLate() {
        ComplaintFixture.at(Instant.parse("2025-06-04T10:00:00Z"))
                .given(acknowledged())
                .when(extendOn(TUESDAY, WHY_LATE))
                .expectException(breaks("extension-after-deadline", "6.4"))
                .expectNoEvents();
    }

    @Test
    void responseRecordsAnExtensionBeyondTheLimitWithoutAGoodReason() {
        // a record from before the rule: extended on Fri 30 May from Mon 2 June to Mon 23 June, 15 working days,
        // with no good reason. Answered Fri 6 June: late against 2 June, on time against 23 June.
        LocalDate june23 = LocalDate.of(2025, 6, 23);
        Instant friday = Instant.parse("2025-06-06T10:00:00Z");
        ComplaintFixture.at(friday)
                .given(with(acknowledged(), extended(Instant.parse("2025-05-30T09:00:00Z"), ONE, RESPONSE_DUE, june23,
                        15, true, null)))
                .when(respondAt(null, ONE, Decision.NOT_UPHELD, List.of(), List.of()))
                .expectEvents(responseIssued(friday, ONE, Decision.NOT_UPHELD, List.of(), List.of(), june23, true,
                        RESPONSE_DUE, false, false));
    }

    @Test
    void responseRecordsAnExtensionBeyondTheLimitWithAGoodReasonAsProper() {
        // stage 2 due Fri 27 June, extended on Thu 26 June to Mon 28 July (21 working days) with a good reason;
        // answered Mon 28 July: late against 27 June, on time against 28 July
        LocalDate july28 = LocalDate.of(2025, 7, 28);
        Instant monday = Instant.parse("2025-07-28T10:00:00Z");
        ComplaintFixture.at(monday)
                .given(with(stageTwoUnderWay(), extended(Instant.parse("2025-06-26T09:00:00Z"), TWO,
                        STAGE_TWO_RESPONSE_DUE, july28, 21, true, "specialist survey cannot be done sooner")))
                .when(respondAt(null, TWO, Decision.NOT_UPHELD, List.of(), List.of()))
                .expectEvents(responseIssued(monday, TWO, Decision.NOT_UPHELD, List.of(), List.of(), july28, true,
                        STAGE_TWO_RESPONSE_DUE, false, true));
    }
}
