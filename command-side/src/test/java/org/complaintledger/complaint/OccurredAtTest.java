package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Steps.ACK_DUE;
import static org.complaintledger.complaint.Steps.ID;
import static org.complaintledger.complaint.Steps.ISSUE_AROSE;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.RECEIVED;
import static org.complaintledger.complaint.Steps.STAGE_ONE_HANDLER;
import static org.complaintledger.complaint.Steps.acknowledge;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.correspondence;
import static org.complaintledger.complaint.Steps.correspondenceRecorded;
import static org.complaintledger.complaint.Steps.definition;
import static org.complaintledger.complaint.Steps.log;
import static org.complaintledger.complaint.Steps.logged;
import static org.complaintledger.complaint.Steps.received;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * When a step happened in the world (occurredAt): never in the future, in order for the steps of the complaint's
 * life, and with a reason when recorded more than 2 working days after it happened (5.12). Now is Mon 2 June.
 */
class OccurredAtTest {

    private static final String REASON = "handler was on leave; acknowledged by letter, logged on return";

    private final FixtureConfiguration<Complaint> fixture = ComplaintFixture.atNow();

    private static StageAcknowledged acknowledgedAt(Instant at, String reason, boolean onTime, LocalDate responseDue) {
        return new StageAcknowledged(ID, at, reason, ONE, definition(), List.of("repairs"),
                List.of("contents insurance"), STAGE_ONE_HANDLER, ACK_DUE, onTime, responseDue);
    }

    @Test
    void complaintCannotBeReceivedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(log(NOW.plusSeconds(61), null, ISSUE_AROSE))
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void stepCannotHappenInTheFuture() {
        fixture.given(received())
                .when(acknowledge(ONE, STAGE_ONE_HANDLER, NOW.plusSeconds(120), null))
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void aMinuteAheadIsAClockDriftingNotAProphecy() {
        // receipt Mon 2 June: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9 June
        Instant aMinuteAhead = NOW.plusSeconds(60);
        fixture.givenNoPriorActivity()
                .when(log(aMinuteAhead, null, ISSUE_AROSE))
                .expectEvents(logged(aMinuteAhead, ISSUE_AROSE, false, LocalDate.of(2025, 6, 9)));
    }

    @Test
    void stepRecordedMoreThanTwoWorkingDaysLateNeedsAReason() {
        // Wed 28 May is 3 working days before Mon 2 June (Thu 29, Fri 30, Mon 2)
        fixture.given(received())
                .when(acknowledge(ONE, STAGE_ONE_HANDLER, Instant.parse("2025-05-28T10:00:00Z"), null))
                .expectException(invalidField("backdatingReason"))
                .expectNoEvents();
    }

    @Test
    void blankReasonIsNoReason() {
        fixture.given(received())
                .when(acknowledge(ONE, STAGE_ONE_HANDLER, Instant.parse("2025-05-28T10:00:00Z"), "  "))
                .expectException(invalidField("backdatingReason"))
                .expectNoEvents();
    }

    @Test
    void stepRecordedLateWithAReasonIsAcceptedAndCarriesTheReason() {
        // acknowledged Wed 28 May, after the 20 May deadline; 10 working days: Thu 29, Fri 30, 2-6 June = 7,
        // Mon 9, Tue 10, Wed 11 June = 10
        Instant wednesday = Instant.parse("2025-05-28T10:00:00Z");
        fixture.given(received())
                .when(acknowledge(ONE, STAGE_ONE_HANDLER, wednesday, REASON))
                .expectEvents(acknowledgedAt(wednesday, REASON, false, LocalDate.of(2025, 6, 11)));
    }

    @Test
    void stepRecordedExactlyTwoWorkingDaysLateNeedsNoReason() {
        // Thu 29 May is 4 calendar days but 2 working days (Fri 30, Mon 2) before now;
        // 10 working days: Fri 30, 2-6 June = 6, Mon 9 .. Thu 12 June = 10
        Instant thursday = Instant.parse("2025-05-29T10:00:00Z");
        fixture.given(received())
                .when(acknowledge(ONE, STAGE_ONE_HANDLER, thursday, null))
                .expectEvents(acknowledgedAt(thursday, null, false, LocalDate.of(2025, 6, 12)));
    }

    @Test
    void stepCannotHappenBeforeThePreviousStep() {
        // received Tue 13 May 09:00; an acknowledgement at 08:00 that day would come before it
        fixture.given(received())
                .when(acknowledge(ONE, STAGE_ONE_HANDLER, RECEIVED.minusSeconds(3600), REASON))
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void stepMayHappenAtTheSameMomentAsThePreviousOne() {
        // acknowledged on receipt, Tue 13 May: 14-16 May = 3, 19-23 = 8, (26 bank holiday), Tue 27, Wed 28 May = 10
        fixture.given(received())
                .when(acknowledge(ONE, STAGE_ONE_HANDLER, RECEIVED, REASON))
                .expectEvents(acknowledgedAt(RECEIVED, REASON, true, LocalDate.of(2025, 5, 28)));
    }

    @Test
    void recordKeepingMayConcernATimeBeforeTheLatestStep() {
        // acknowledged Fri 16 May; a letter sent Wed 14 May is put on the record now
        Instant wednesday = Instant.parse("2025-05-14T09:00:00Z");
        fixture.given(acknowledged())
                .when(correspondence(wednesday, "found in the shared inbox"))
                .expectEvents(correspondenceRecorded(wednesday, "found in the shared inbox"));
    }

    @Test
    void recordKeepingStillNeedsAReasonWhenLate() {
        fixture.given(acknowledged())
                .when(correspondence(Instant.parse("2025-05-14T09:00:00Z"), null))
                .expectException(invalidField("backdatingReason"))
                .expectNoEvents();
    }

    @Test
    void recordKeepingCannotConcernTheFuture() {
        fixture.given(acknowledged())
                .when(correspondence(NOW.plusSeconds(3600), null))
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }
}
