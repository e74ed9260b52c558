package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.THREE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Steps.ISSUE_AROSE;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.STAGE_ONE_HANDLER;
import static org.complaintledger.complaint.Steps.STAGE_TWO_ACK_DUE;
import static org.complaintledger.complaint.Steps.STAGE_TWO_HANDLER;
import static org.complaintledger.complaint.Steps.acknowledge;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.answered;
import static org.complaintledger.complaint.Steps.escalated;
import static org.complaintledger.complaint.Steps.logged;
import static org.complaintledger.complaint.Steps.stageTwoUnderWay;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Acknowledging, defining and logging a stage (5.6, 5.7, 6.2, 6.11, 6.13). */
class AcknowledgementTest {

    /** 10 working days from Mon 2 June: Tue 3..Fri 6 = 4, Mon 9..Fri 13 = 9, Mon 16 June = 10. */
    private static final LocalDate STAGE_ONE_DUE_IF_ACKNOWLEDGED_NOW = LocalDate.of(2025, 6, 16);
    /** 20 working days from Mon 2 June: 3-6 = 4, 9-13 = 9, 16-20 = 14, 23-27 = 19, Mon 30 June = 20. */
    private static final LocalDate STAGE_TWO_DUE_IF_ACKNOWLEDGED_NOW = LocalDate.of(2025, 6, 30);

    private final FixtureConfiguration<Complaint> fixture = ComplaintFixture.atNow();

    @Test
    void acknowledgementOnTheFifthWorkingDayIsOnTime() {
        // received Fri 23 May; Mon 26 bank holiday; Tue 27, Wed 28, Thu 29, Fri 30, Mon 2 June = 5th
        LocalDate due = LocalDate.of(2025, 6, 2);
        fixture.given(logged(Instant.parse("2025-05-23T10:00:00Z"), ISSUE_AROSE, false, due))
                .when(acknowledge(ONE, STAGE_ONE_HANDLER))
                .expectEvents(Steps.acknowledged(NOW, ONE, STAGE_ONE_HANDLER, due, true,
                        STAGE_ONE_DUE_IF_ACKNOWLEDGED_NOW));
    }

    @Test
    void acknowledgementAfterTheFifthWorkingDayIsLate() {
        // received Thu 22 May; Fri 23, (Mon 26 bank holiday), Tue 27, Wed 28, Thu 29, Fri 30 May = 5th
        LocalDate due = LocalDate.of(2025, 5, 30);
        fixture.given(logged(Instant.parse("2025-05-22T10:00:00Z"), ISSUE_AROSE, false, due))
                .when(acknowledge(ONE, STAGE_ONE_HANDLER))
                .expectEvents(Steps.acknowledged(NOW, ONE, STAGE_ONE_HANDLER, due, false,
                        STAGE_ONE_DUE_IF_ACKNOWLEDGED_NOW));
    }

    @Test
    void stageOneCannotBeAcknowledgedTwice() {
        fixture.given(acknowledged())
                .when(acknowledge(ONE, STAGE_ONE_HANDLER))
                .expectException(breaks("stage-already-acknowledged", null))
                .expectNoEvents();
    }

    @Test
    void stageTwoCannotBeAcknowledgedBeforeTheResidentAsksToEscalate() {
        fixture.given(answered())
                .when(acknowledge(TWO, STAGE_TWO_HANDLER))
                .expectException(breaks("stage-not-requested", "6.10"))
                .expectNoEvents();
    }

    @Test
    void thereIsNoStageThreeUnderThe2024Code() {
        fixture.given(stageTwoUnderWay())
                .when(acknowledge(THREE, "Dana Ellis"))
                .expectException(breaks("no-such-stage", "5.3"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {STAGE_ONE_HANDLER, "alice shah", "ALICE SHAH", "  Alice Shah\t"})
    void refusesStageTwoHandlerWhoHandledStageOne(String handler) {
        fixture.given(escalated())
                .when(acknowledge(TWO, handler))
                .expectException(breaks("stage-handler-must-differ", "6.13"))
                .expectNoEvents();
    }

    @Test
    void stageTwoAcknowledgedWithinFiveWorkingDaysOfTheRequestHasTwentyWorkingDaysToRespond() {
        // requested Thu 29 May: Fri 30, Mon 2, Tue 3, Wed 4, Thu 5 June; acknowledged Mon 2 June
        fixture.given(escalated())
                .when(acknowledge(TWO, STAGE_TWO_HANDLER))
                .expectEvents(Steps.acknowledged(NOW, TWO, STAGE_TWO_HANDLER, STAGE_TWO_ACK_DUE, true,
                        STAGE_TWO_DUE_IF_ACKNOWLEDGED_NOW));
    }

    @Test
    void stageTwoAcknowledgedTheDayAfterItsDeadlineIsLate() {
        // requested Thu 29 May, due Thu 5 June; acknowledged Fri 6 June.
        // 20 working days from Fri 6 June: 9-13 = 5, 16-20 = 10, 23-27 = 15, 30 June-4 July = 20
        Instant friday = Instant.parse("2025-06-06T10:00:00Z");
        ComplaintFixture.at(friday)
                .given(escalated())
                .when(acknowledge(TWO, STAGE_TWO_HANDLER))
                .expectEvents(Steps.acknowledged(friday, TWO, STAGE_TWO_HANDLER, STAGE_TWO_ACK_DUE, false,
                        LocalDate.of(2025, 7, 4)));
    }

    @Test
    void stageTwoCannotBeAcknowledgedTwice() {
        fixture.given(stageTwoUnderWay())
                .when(acknowledge(TWO, "Dana Ellis"))
                .expectException(breaks("stage-already-acknowledged", null))
                .expectNoEvents();
    }
}
