package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Steps.ID;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.STAGE_TWO_HANDLER;
import static org.complaintledger.complaint.Steps.acknowledge;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.answered;
import static org.complaintledger.complaint.Steps.escalate;
import static org.complaintledger.complaint.Steps.escalated;
import static org.complaintledger.complaint.Steps.escalationRefused;
import static org.complaintledger.complaint.Steps.escalationRequested;
import static org.complaintledger.complaint.Steps.finallyAnswered;
import static org.complaintledger.complaint.Steps.received;
import static org.complaintledger.complaint.Steps.refuseEscalation;
import static org.complaintledger.complaint.Steps.stageTwoUnderWay;
import static org.complaintledger.complaint.Steps.with;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Asking for stage 2 (6.10-6.12) and refusing to escalate only for a section 2 reason (5.11). */
class EscalationTest {

    /** Escalation was requested Thu 29 May; refused Fri 30 May. */
    private static final Instant REFUSED = Instant.parse("2025-05-30T09:00:00Z");

    private final FixtureConfiguration<Complaint> fixture = ComplaintFixture.atNow();

    private static List<Object> escalationWasRefused() {
        return with(escalated(), escalationRefused(REFUSED));
    }

    @Test
    void residentMayAskForStageTwoWithoutGivingReasons() {
        // requested Mon 2 June: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9 June
        fixture.given(answered())
                .when(escalate())
                .expectEvents(escalationRequested(NOW, LocalDate.of(2025, 6, 9)));
    }

    @Test
    void residentsOwnWordsGoOnTheRecord() {
        fixture.given(answered())
                .when(new RequestEscalation(ID, null, null, "still damp, still waiting"))
                .expectEvents(new EscalationRequested(ID, NOW, null, TWO, "still damp, still waiting",
                        LocalDate.of(2025, 6, 9), null));
    }

    @Test
    void cannotEscalateBeforeTheStageOneResponse() {
        fixture.given(acknowledged())
                .when(escalate())
                .expectException(breaks("escalation-before-response", "6.10"))
                .expectNoEvents();
    }

    @Test
    void cannotEscalateAgainWhileStageTwoIsUnderWay() {
        fixture.given(stageTwoUnderWay())
                .when(escalate())
                .expectException(breaks("escalation-before-response", "6.10"))
                .expectNoEvents();
    }

    @Test
    void thereIsNoStageAfterTheFinalResponse() {
        fixture.given(finallyAnswered())
                .when(escalate())
                .expectException(breaks("no-further-stage", "5.3"))
                .expectNoEvents();
    }

    @Test
    void residentMayAskAgainAfterARefusedEscalation() {
        // 5.11: a refusal is not final. Asked again Mon 2 June: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9 June
        fixture.given(escalationWasRefused())
                .when(escalate())
                .expectEvents(escalationRequested(NOW, LocalDate.of(2025, 6, 9)));
    }

    @Test
    void escalationAskedForAgainCanBeAcknowledged() {
        // asked again Fri 30 May afternoon: Mon 2, Tue 3, Wed 4, Thu 5, Fri 6 June; acknowledged Mon 2 June,
        // 20 working days: 3-6 June = 4, 9-13 = 9, 16-20 = 14, 23-27 = 19, Mon 30 June = 20
        Instant askedAgain = Instant.parse("2025-05-30T14:00:00Z");
        LocalDate ackDue = LocalDate.of(2025, 6, 6);
        fixture.given(with(escalationWasRefused(), escalationRequested(askedAgain, ackDue)))
                .when(acknowledge(TWO, STAGE_TWO_HANDLER))
                .expectEvents(acknowledged(NOW, TWO, STAGE_TWO_HANDLER, ackDue, true, LocalDate.of(2025, 6, 30)));
    }

    @Test
    void refusingAnEscalationAsTooOldNeedsTheRecordToShowTheWindowPassed() {
        // 5.11 applies the section 2 grounds as 2.3 does: the issue arose on 28 April 2025, within 12 months
        fixture.given(escalated())
                .when(new RefuseEscalation(ID, null, null, RefusalReason.MORE_THAN_12_MONTHS, "too old", true))
                .expectException(breaks("refusal-within-12-months", "2.3"))
                .expectNoEvents();
    }

    @Test
    void refusesEscalationForASectionTwoReasonHavingToldTheResidentOfTheOmbudsman() {
        fixture.given(escalated())
                .when(refuseEscalation(true))
                .expectEvents(escalationRefused(NOW));
    }

    @Test
    void cannotRefuseEscalationWithoutTellingTheResidentOfTheOmbudsman() {
        fixture.given(escalated())
                .when(refuseEscalation(false))
                .expectException(breaks("refusal-without-ombudsman-right", "5.11"))
                .expectNoEvents();
    }

    static Stream<List<Object>> historiesWithoutAPendingRequest() {
        return Stream.of(received(), answered(), stageTwoUnderWay(), finallyAnswered(), escalationWasRefused());
    }

    @ParameterizedTest
    @MethodSource("historiesWithoutAPendingRequest")
    void cannotRefuseAnEscalationNobodyIsWaitingFor(List<Object> history) {
        fixture.given(history)
                .when(refuseEscalation(true))
                .expectException(breaks("no-escalation-pending", null))
                .expectNoEvents();
    }

    @Test
    void refusedEscalationCannotBeAcknowledged() {
        fixture.given(escalationWasRefused())
                .when(acknowledge(TWO, STAGE_TWO_HANDLER))
                .expectException(breaks("escalation-refused", "5.11"))
                .expectNoEvents();
    }
}
