package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Steps.ACK_DUE;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.RESPONSE_DUE;
import static org.complaintledger.complaint.Steps.STAGE_ONE_HANDLER;
import static org.complaintledger.complaint.Steps.STAGE_TWO_RESPONSE_DUE;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.answered;
import static org.complaintledger.complaint.Steps.escalated;
import static org.complaintledger.complaint.Steps.extend;
import static org.complaintledger.complaint.Steps.extended;
import static org.complaintledger.complaint.Steps.received;
import static org.complaintledger.complaint.Steps.stageTwoUnderWay;
import static org.complaintledger.complaint.Steps.with;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.code.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extending a stage's response deadline (6.4, 6.5, 6.15, 6.16). Stage 1 is due Mon 2 June, stage 2 Fri 27 June;
 * extensions are decided now, Mon 2 June.
 */
class ExtensionTest {

    /** 10 working days after Mon 2 June: 3-6 = 4, 9-13 = 9, Mon 16 June = 10. */
    private static final LocalDate STAGE_ONE_LIMIT = LocalDate.of(2025, 6, 16);
    /** 20 working days after Fri 27 June: 30 June-4 July = 5, 7-11 = 10, 14-18 = 15, 21-25 July = 20. */
    private static final LocalDate STAGE_TWO_LIMIT = LocalDate.of(2025, 7, 25);
    private static final String GOOD_REASON = "specialist damp survey cannot be done sooner";

    private final FixtureConfiguration<Complaint> fixture = ComplaintFixture.atNow();

    @Test
    void extendsStageOneByTenWorkingDaysWithoutGoodReason() {
        fixture.given(acknowledged())
                .when(extend(ONE, STAGE_ONE_LIMIT))
                .expectEvents(extended(NOW, ONE, RESPONSE_DUE, STAGE_ONE_LIMIT, 10, false, null));
    }

    @Test
    void refusesStageOneExtensionBeyondTenWorkingDaysWithoutGoodReason() {
        fixture.given(acknowledged())
                .when(extend(ONE, STAGE_ONE_LIMIT.plusDays(1)))
                .expectException(breaks("extension-beyond-limit-without-good-reason", "6.4"))
                .expectNoEvents();
    }

    @Test
    void stageOneExtensionBeyondTenWorkingDaysWithGoodReasonIsBeyondTheCodeLimit() {
        LocalDate tuesday = STAGE_ONE_LIMIT.plusDays(1);
        fixture.given(acknowledged())
                .when(extend(ONE, tuesday, true, true, GOOD_REASON))
                .expectEvents(extended(NOW, ONE, RESPONSE_DUE, tuesday, 11, true, GOOD_REASON));
    }

    @Test
    void extendsStageTwoByTwentyWorkingDaysWithoutGoodReason() {
        fixture.given(stageTwoUnderWay())
                .when(extend(TWO, STAGE_TWO_LIMIT))
                .expectEvents(extended(NOW, TWO, STAGE_TWO_RESPONSE_DUE, STAGE_TWO_LIMIT, 20, false, null));
    }

    @Test
    void refusesStageTwoExtensionBeyondTwentyWorkingDaysWithoutGoodReason() {
        // Mon 28 July is the 21st working day after Fri 27 June
        fixture.given(stageTwoUnderWay())
                .when(extend(TWO, LocalDate.of(2025, 7, 28)))
                .expectException(breaks("extension-beyond-limit-without-good-reason", "6.15"))
                .expectNoEvents();
    }

    @Test
    void stageTwoExtensionBeyondTwentyWorkingDaysWithGoodReasonIsBeyondTheCodeLimit() {
        LocalDate monday = LocalDate.of(2025, 7, 28);
        fixture.given(stageTwoUnderWay())
                .when(extend(TWO, monday, true, true, GOOD_REASON))
                .expectEvents(extended(NOW, TWO, STAGE_TWO_RESPONSE_DUE, monday, 21, true, GOOD_REASON));
    }

    /** Extended on Wed 28 May from Mon 2 June to Mon 9 June: 5 working days. */
    private static List<Object> extendedOnce() {
        return with(acknowledged(), extended(Instant.parse("2025-05-28T09:00:00Z"), ONE, RESPONSE_DUE,
                LocalDate.of(2025, 6, 9), 5, false, null));
    }

    @Test
    void secondExtensionCountsFromTheOriginalDeadline() {
        // 16 June is 5 working days after 9 June but 10 after the original 2 June
        fixture.given(extendedOnce())
                .when(extend(ONE, STAGE_ONE_LIMIT))
                .expectEvents(extended(NOW, ONE, LocalDate.of(2025, 6, 9), STAGE_ONE_LIMIT, 10, false, null));
    }

    @Test
    void twoExtensionsTogetherBeyondTheLimitNeedGoodReason() {
        // 17 June is only 6 working days after 9 June, but 11 after the original 2 June
        fixture.given(extendedOnce())
                .when(extend(ONE, STAGE_ONE_LIMIT.plusDays(1)))
                .expectException(breaks("extension-beyond-limit-without-good-reason", "6.4"))
                .expectNoEvents();
    }

    @Test
    void responseAfterAnExtensionIsMeasuredAgainstBothTheOriginalAndTheExtendedDeadline() {
        // acknowledged Thu 15 May, due Fri 30 May, extended to Fri 6 June; answered Mon 2 June
        LocalDate friday30 = LocalDate.of(2025, 5, 30);
        LocalDate friday6 = LocalDate.of(2025, 6, 6);
        fixture.given(Steps.logged(),
                        Steps.acknowledged(Instant.parse("2025-05-15T09:00:00Z"), ONE, STAGE_ONE_HANDLER, ACK_DUE, true,
                                friday30),
                        extended(Instant.parse("2025-05-29T09:00:00Z"), ONE, friday30, friday6, 5, false, null))
                .when(Steps.respond(ONE, Decision.NOT_UPHELD, List.of(), List.of()))
                .expectEvents(Steps.responseIssued(NOW, ONE, Decision.NOT_UPHELD, List.of(), List.of(), friday6, true,
                        friday30, false, true));
    }

    @Test
    void newDeadlineMustBeLaterThanTheOneInForce() {
        fixture.given(acknowledged())
                .when(extend(ONE, RESPONSE_DUE))
                .expectException(invalidField("newResponseDue"))
                .expectNoEvents();
    }

    @Test
    void cannotExtendStageOneBeforeItIsAcknowledged() {
        fixture.given(received())
                .when(extend(ONE, STAGE_ONE_LIMIT))
                .expectException(breaks("stage-not-acknowledged", "6.2"))
                .expectNoEvents();
    }

    @Test
    void cannotExtendStageTwoBeforeItIsAcknowledged() {
        fixture.given(escalated())
                .when(extend(TWO, STAGE_TWO_LIMIT))
                .expectException(breaks("stage-not-acknowledged", "6.11"))
                .expectNoEvents();
    }

    @Test
    void cannotExtendAStageAlreadyAnswered() {
        fixture.given(answered())
                .when(extend(ONE, STAGE_ONE_LIMIT))
                .expectException(breaks("stage-already-responded", null))
                .expectNoEvents();
    }

    /** Each stage with a history in which it awaits its response, a deadline within the limit, and the provisions. */
    static Stream<Arguments> stages() {
        return Stream.of(
                Arguments.of(ONE, acknowledged(), STAGE_ONE_LIMIT, "6.4", "6.5"),
                Arguments.of(TWO, stageTwoUnderWay(), STAGE_TWO_LIMIT, "6.15", "6.16"));
    }

    @ParameterizedTest
    @MethodSource("stages")
    void residentMustBeToldOfTheExtension(Stage stage, List<Object> history, LocalDate newDue, String provision,
            String ombudsmanDetailsProvision) {
        fixture.given(history)
                .when(extend(stage, newDue, false, true, null))
                .expectException(breaks("extension-resident-not-informed", provision))
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("stages")
    void residentToldOfAnExtensionMustBeGivenTheOmbudsmansDetails(Stage stage, List<Object> history, LocalDate newDue,
            String residentInformedProvision, String provision) {
        fixture.given(history)
                .when(extend(stage, newDue, true, false, null))
                .expectException(breaks("extension-without-ombudsman-details", provision))
                .expectNoEvents();
    }
}
