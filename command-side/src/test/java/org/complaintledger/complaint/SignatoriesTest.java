package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Steps.ACKNOWLEDGED;
import static org.complaintledger.complaint.Steps.ACK_DUE;
import static org.complaintledger.complaint.Steps.ESCALATION_REQUESTED;
import static org.complaintledger.complaint.Steps.ID;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.RESPONDED;
import static org.complaintledger.complaint.Steps.RESPONSE_DUE;
import static org.complaintledger.complaint.Steps.STAGE_ONE_HANDLER;
import static org.complaintledger.complaint.Steps.STAGE_TWO_ACK_DUE;
import static org.complaintledger.complaint.Steps.STAGE_TWO_HANDLER;
import static org.complaintledger.complaint.Steps.STAGE_TWO_RESPONSE_DUE;
import static org.complaintledger.complaint.Steps.acknowledge;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.escalationRequested;
import static org.complaintledger.complaint.Steps.escalationRoute;
import static org.complaintledger.complaint.Steps.logged;
import static org.complaintledger.complaint.Steps.stageTwoUnderWay;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who considered and signed each stage's response, and the stage 2 independence 6.13 asks for: nobody who handled
 * or signed stage 1 handles or signs stage 2 (names compared ignoring case and surrounding spaces).
 */
class SignatoriesTest {

    /** Signed the stage 1 response that Alice Shah handled. */
    private static final String STAGE_ONE_SIGNATORY = "Priya Manager";

    private final FixtureConfiguration<Complaint> fixture = ComplaintFixture.atNow();

    /** Stage 1 handled by Alice Shah and signed by Priya Manager on Wed 28 May; stage 2 asked for Thu 29 May. */
    private static List<Object> stageOneSignedByItsManager() {
        StageResponseIssued signed = new StageResponseIssued(ID, RESPONDED, null, ONE, Decision.NOT_UPHELD, "reasons",
                List.of(), List.of(), escalationRoute(ONE), STAGE_ONE_SIGNATORY, RESPONSE_DUE, true, RESPONSE_DUE,
                true, true);
        return List.of(logged(), acknowledged(ACKNOWLEDGED, ONE, STAGE_ONE_HANDLER, ACK_DUE, true, RESPONSE_DUE),
                signed, escalationRequested(ESCALATION_REQUESTED, STAGE_TWO_ACK_DUE));
    }

    private static IssueResponse stageTwoSignedBy(String signatory) {
        return new IssueResponse(ID, null, null, TWO, Decision.NOT_UPHELD, "the repair was missed twice", List.of(),
                List.of(), escalationRoute(TWO), signatory);
    }

    @Test
    void responseRecordsWhoSignedIt() {
        fixture.given(stageTwoUnderWay())
                .when(stageTwoSignedBy("Dana Ellis"))
                .expectEvents(new StageResponseIssued(ID, NOW, null, TWO, Decision.NOT_UPHELD,
                        "the repair was missed twice", List.of(), List.of(), escalationRoute(TWO), "Dana Ellis",
                        STAGE_TWO_RESPONSE_DUE, true, STAGE_TWO_RESPONSE_DUE, true, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {STAGE_ONE_SIGNATORY, "priya manager", " PRIYA MANAGER "})
    void refusesStageTwoHandlerWhoSignedStageOne(String handler) {
        fixture.given(stageOneSignedByItsManager())
                .when(acknowledge(TWO, handler))
                .expectException(breaks("stage-handler-must-differ", "6.13"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {STAGE_ONE_HANDLER, "alice shah ", STAGE_ONE_SIGNATORY, " priya MANAGER"})
    void refusesAStageTwoResponseSignedBySomeoneWhoHandledOrSignedStageOne(String signatory) {
        // Ben Okoro acknowledged stage 2 on Mon 2 June: 20 working days, due Mon 30 June
        fixture.given(Steps.with(stageOneSignedByItsManager(),
                        acknowledged(NOW, TWO, STAGE_TWO_HANDLER, STAGE_TWO_ACK_DUE, true, LocalDate.of(2025, 6, 30))))
                .when(stageTwoSignedBy(signatory))
                .expectException(breaks("stage-handler-must-differ", "6.13"))
                .expectNoEvents();
    }

    @Test
    void stageTwoHandlerMaySignItsOwnResponse() {
        fixture.given(stageTwoUnderWay())
                .when(stageTwoSignedBy(STAGE_TWO_HANDLER))
                .expectSuccessfulHandlerExecution();
    }
}
