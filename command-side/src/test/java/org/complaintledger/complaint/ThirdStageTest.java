package org.complaintledger.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.code.Stage.THREE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.escalate;
import static org.complaintledger.complaint.Steps.finallyAnswered;
import static org.complaintledger.complaint.Steps.respond;
import static org.complaintledger.complaint.Steps.responseIssued;
import static org.complaintledger.complaint.Steps.with;
import static org.complaintledger.complaint.Steps.withdraw;
import static org.complaintledger.complaint.Steps.withdrawn;
import static org.complaintledger.complaint.Steps2022.STAGE_THREE_REQUESTED;
import static org.complaintledger.complaint.Steps2022.STAGE_THREE_RESPONSE_DUE;
import static org.complaintledger.complaint.Steps2022.THREE_STAGES;
import static org.complaintledger.complaint.Steps2022.escalated;
import static org.complaintledger.complaint.Steps2022.escalationRequested;
import static org.complaintledger.complaint.Steps2022.extend;
import static org.complaintledger.complaint.Steps2022.extended;
import static org.complaintledger.complaint.Steps2022.stageThreeRequested;
import static org.complaintledger.complaint.Steps2022.stageTwoAnswered;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.complaintledger.procedure.LandlordProcedure;
import org.junit.jupiter.api.Test;

/**
 * A third stage: only under the 2022 Code, only where the landlord's procedure had one when the complaint was received
 * (5.17), only at the resident's request, answered within 20 working days of that request, and given extra time only
 * to convene a panel (5.18). Mon 29 May 2023 is a bank holiday.
 */
class ThirdStageTest {

    @Test
    void threeStageLandlordsComplaintIsEscalatedToStageThreeAtTheResidentsRequest() {
        // requested Fri 19 May 2023: Mon 22..Fri 26 = 5, Mon 29 May holiday, Tue 30..Fri 2 June = 9, Mon 5..Fri 9 =
        // 14, Mon 12..Fri 16 = 19, Mon 19 June = 20 (5.18); no acknowledgement deadline
        ComplaintFixture.at(STAGE_THREE_REQUESTED, THREE_STAGES)
                .given(stageTwoAnswered(THREE))
                .when(escalate())
                .expectEvents(escalationRequested(STAGE_THREE_REQUESTED, THREE, STAGE_THREE_RESPONSE_DUE));
    }

    @Test
    void stageThreeCannotBeRequestedBeforeTheStageTwoResponse() {
        ComplaintFixture.at(STAGE_THREE_REQUESTED, THREE_STAGES)
                .given(escalated(THREE))
                .when(escalate())
                .expectException(breaks("escalation-before-response", "5.18"))
                .expectNoEvents();
    }

    @Test
    void twoStageLandlordsComplaintUnderThe2022CodeHasNoStageThree() {
        ComplaintFixture.at(STAGE_THREE_REQUESTED)
                .given(stageTwoAnswered(TWO))
                .when(escalate())
                .expectException(breaks("no-further-stage", "5.17"))
                .expectNoEvents();
    }

    @Test
    void twoStageLandlordsComplaintCannotBeAnsweredAtStageThree() {
        ComplaintFixture.at(STAGE_THREE_REQUESTED)
                .given(stageTwoAnswered(TWO))
                .when(respond(THREE, Decision.NOT_UPHELD, List.of(), List.of()))
                .expectException(breaks("no-such-stage", "5.17"))
                .expectNoEvents();
    }

    @Test
    void aComplaintUnderThe2024CodeIsStillRefusedStageThreeWhateverTheLandlordsProcedure() {
        LandlordProcedure thirdStageEver = new LandlordProcedure(List.of(
                new LandlordProcedure.Period(LocalDate.of(2022, 4, 1), null)));
        ComplaintFixture.at(NOW, thirdStageEver)
                .given(finallyAnswered())
                .when(escalate())
                .expectException(breaks("no-further-stage", "5.3"))
                .expectNoEvents();
    }

    @Test
    void stageThreeExtensionIsRefusedUnlessItIsToConveneAPanel() {
        ComplaintFixture.at(Instant.parse("2023-06-07T09:00:00Z"), THREE_STAGES)
                .given(stageThreeRequested())
                .when(extend(THREE, LocalDate.of(2023, 7, 10), "the case is complex", false))
                .expectException(breaks("extension-only-to-convene-panel", "5.18"))
                .expectNoEvents();
    }

    @Test
    void stageThreeExtensionToConveneAPanelHasNoSetLimit() {
        // from Mon 19 June 2023: Tue 20..Fri 23 = 4, 26..30 = 9, 3..7 July = 14, Mon 10 July = 15 working days
        Instant at = Instant.parse("2023-06-07T09:00:00Z");
        ComplaintFixture.at(at, THREE_STAGES)
                .given(stageThreeRequested())
                .when(extend(THREE, LocalDate.of(2023, 7, 10), null, true))
                .expectEvents(extended(at, THREE, STAGE_THREE_RESPONSE_DUE, LocalDate.of(2023, 7, 10), 15, false,
                        null, true));
    }

    @Test
    void stageThreeResponseIsOnTimeByTheDeadlineFromTheRequest() {
        Instant at = Instant.parse("2023-06-19T15:00:00Z");
        ComplaintFixture.at(at, THREE_STAGES)
                .given(stageThreeRequested())
                .when(respond(THREE, Decision.NOT_UPHELD, List.of(), List.of()))
                .expectEvents(responseIssued(at, THREE, Decision.NOT_UPHELD, List.of(), List.of(),
                        STAGE_THREE_RESPONSE_DUE, true));
    }

    @Test
    void afterTheStageThreeResponseThereIsNoFurtherStageAndNoWithdrawal() {
        Instant answered = Instant.parse("2023-06-15T09:00:00Z");
        List<Object> finallyAnsweredAtThree = with(stageThreeRequested(), responseIssued(answered, THREE,
                Decision.NOT_UPHELD, List.of(), List.of(), STAGE_THREE_RESPONSE_DUE, true));
        ComplaintFixture.at(Instant.parse("2023-06-20T09:00:00Z"), THREE_STAGES)
                .given(finallyAnsweredAtThree)
                .when(escalate())
                .expectException(breaks("no-further-stage", "5.17"));
        ComplaintFixture.at(Instant.parse("2023-06-20T09:00:00Z"), THREE_STAGES)
                .given(finallyAnsweredAtThree)
                .when(withdraw())
                .expectException(breaks("withdrawal-after-final-response", null));
    }

    @Test
    void threeStageLandlordsComplaintMayStillBeWithdrawnAfterTheStageTwoResponse() {
        ComplaintFixture.at(STAGE_THREE_REQUESTED, THREE_STAGES)
                .given(stageTwoAnswered(THREE))
                .when(withdraw())
                .expectEvents(withdrawn(STAGE_THREE_REQUESTED));
    }

    @Test
    void twoStageLandlordsComplaintCannotBeWithdrawnAfterItsFinalStageTwoResponse() {
        ComplaintFixture.at(STAGE_THREE_REQUESTED)
                .given(stageTwoAnswered(TWO))
                .when(withdraw())
                .expectException(breaks("withdrawal-after-final-response", null))
                .expectNoEvents();
    }

    @Test
    void aComplaintLoggedBeforeItsFinalStageWasRecordedHasTheTwoStagesOfThe2024Code() {
        ComplaintLogged stored = new ComplaintLogged(Steps.ID, Steps.RECEIVED, null, Steps.RESIDENT, "2024",
                Channel.EMAIL, Steps.complainant(), "repairs", null, null, "Damp", List.of(), null, null, false, null, null, Steps.ACK_DUE, null,
                null);
        assertThat(stored.finalStage()).isEqualTo(TWO);
    }

    @Test
    void anExtensionStoredBeforeItsPurposeWasRecordedWasNotToConveneAPanel() {
        StageExtended stored = new StageExtended(Steps.ID, NOW, null, TWO, Steps.STAGE_TWO_RESPONSE_DUE,
                LocalDate.of(2025, 7, 4), "contractor", true, true, 5, false, null, null);
        assertThat(stored.toConvenePanel()).isFalse();
    }
}
