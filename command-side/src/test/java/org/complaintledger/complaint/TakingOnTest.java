package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Steps.ID;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.STAGE_ONE_HANDLER;
import static org.complaintledger.complaint.Steps.STAGE_TWO_HANDLER;
import static org.complaintledger.complaint.Steps.acknowledge;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.escalated;
import static org.complaintledger.complaint.Steps.escalationRefused;
import static org.complaintledger.complaint.Steps.received;
import static org.complaintledger.complaint.Steps.refused;
import static org.complaintledger.complaint.Steps.with;
import static org.complaintledger.complaint.Steps.withdrawn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.code.Stage;
import org.junit.jupiter.api.Test;

/**
 * A refusal is not final (2.4, 5.11): told by the Ombudsman, or by its own review, to take a complaint on, the
 * landlord takes it back into stage 1 (a refused complaint) or the refused stage (a refused escalation), with fresh
 * deadlines counted from the instruction. Instructions here are given now, Mon 2 June 2025, unless said otherwise.
 */
class TakingOnTest {

    private static final String OMBUDSMAN_REFERENCE = "202512345";
    private static final String WHY = "the Ombudsman found the exclusion was not fairly applied";
    /** 5 working days from Mon 2 June: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9 June. */
    private static final LocalDate ACK_DUE_FROM_NOW = LocalDate.of(2025, 6, 9);

    private final FixtureConfiguration<Complaint> fixture = ComplaintFixture.atNow();

    /** Received Tue 13 May, refused Wed 14 May. */
    private static List<Object> complaintRefused() {
        return with(received(), refused(Instant.parse("2025-05-14T09:00:00Z")));
    }

    /** Stage 2 asked for Thu 29 May and refused Fri 30 May. */
    private static List<Object> escalationWasRefused() {
        return with(escalated(), escalationRefused(Instant.parse("2025-05-30T09:00:00Z")));
    }

    private static TakeOnComplaint instructed(TakeOnInstruction by, String reference) {
        return new TakeOnComplaint(ID, null, null, by, reference, WHY);
    }

    private static ComplaintTakenOn takenOn(Instant at, TakeOnInstruction by, String reference, LocalDate ackDue,
            Stage stage) {
        return new ComplaintTakenOn(ID, at, null, by, reference, WHY, stage, ackDue, null);
    }

    @Test
    void ombudsmansInstructionTakesARefusedComplaintBackIntoStageOne() {
        fixture.given(complaintRefused())
                .when(instructed(TakeOnInstruction.HOUSING_OMBUDSMAN, OMBUDSMAN_REFERENCE))
                .expectEvents(takenOn(NOW, TakeOnInstruction.HOUSING_OMBUDSMAN, OMBUDSMAN_REFERENCE, ACK_DUE_FROM_NOW,
                        ONE));
    }

    @Test
    void acknowledgementDeadlineCountsFromTheInstructionAcrossTheBankHoliday() {
        // instructed Thu 22 May: Fri 23, Mon 26 is the spring bank holiday, Tue 27, Wed 28, Thu 29, Fri 30 May
        Instant thursday = Instant.parse("2025-05-22T10:00:00Z");
        ComplaintFixture.at(thursday)
                .given(complaintRefused())
                .when(instructed(TakeOnInstruction.HOUSING_OMBUDSMAN, OMBUDSMAN_REFERENCE))
                .expectEvents(takenOn(thursday, TakeOnInstruction.HOUSING_OMBUDSMAN, OMBUDSMAN_REFERENCE,
                        LocalDate.of(2025, 5, 30), ONE));
    }

    @Test
    void complaintTakenOnIsAcknowledgedAgainstItsFreshDeadlines() {
        // taken on Fri 30 May, acknowledgement due Fri 6 June; acknowledged Mon 2 June,
        // 10 working days: 3-6 June = 4, 9-13 = 9, Mon 16 June = 10
        Instant friday = Instant.parse("2025-05-30T09:00:00Z");
        fixture.given(with(complaintRefused(), takenOn(friday, TakeOnInstruction.LANDLORD_REVIEW, "REV-7",
                        LocalDate.of(2025, 6, 6), ONE)))
                .when(acknowledge(ONE, STAGE_ONE_HANDLER))
                .expectEvents(acknowledged(NOW, ONE, STAGE_ONE_HANDLER, LocalDate.of(2025, 6, 6), true,
                        LocalDate.of(2025, 6, 16)));
    }

    @Test
    void refusedEscalationTakenOnOnReviewReEntersStageTwo() {
        fixture.given(escalationWasRefused())
                .when(instructed(TakeOnInstruction.LANDLORD_REVIEW, "REV-7"))
                .expectEvents(takenOn(NOW, TakeOnInstruction.LANDLORD_REVIEW, "REV-7", ACK_DUE_FROM_NOW, TWO));
    }

    @Test
    void escalationTakenOnCanBeAcknowledged() {
        // taken on Fri 30 May afternoon, due Fri 6 June; acknowledged Mon 2 June, 20 working days: Mon 30 June
        Instant friday = Instant.parse("2025-05-30T14:00:00Z");
        fixture.given(with(escalationWasRefused(), takenOn(friday, TakeOnInstruction.HOUSING_OMBUDSMAN,
                        OMBUDSMAN_REFERENCE, LocalDate.of(2025, 6, 6), TWO)))
                .when(acknowledge(TWO, STAGE_TWO_HANDLER))
                .expectEvents(acknowledged(NOW, TWO, STAGE_TWO_HANDLER, LocalDate.of(2025, 6, 6), true,
                        LocalDate.of(2025, 6, 30)));
    }

    @Test
    void whoHandledStageOneBeforeItsRefusalStillCannotHandleStageTwo() {
        // Alice Shah acknowledged Fri 16 May; refused Mon 19 May; taken on Tue 20 May (5 working days: 21, 22, 23,
        // Mon 26 is the bank holiday, 27, Wed 28 May); Carol Jones acknowledged Wed 21 May (10 working days: Thu 5
        // June) and answered Wed 28 May; stage 2 asked for Thu 29 May
        String carol = "Carol Jones";
        StageResponseIssued answeredByCarol = new StageResponseIssued(ID, Instant.parse("2025-05-28T09:00:00Z"), null,
                ONE, Decision.NOT_UPHELD, "reasons", List.of(), List.of(), Steps.escalationRoute(ONE), carol,
                LocalDate.of(2025, 6, 5), true, LocalDate.of(2025, 6, 5), true, true);
        fixture.given(Steps.logged(), Steps.stageOneAcknowledged(), refused(Instant.parse("2025-05-19T09:00:00Z")),
                        takenOn(Instant.parse("2025-05-20T09:00:00Z"), TakeOnInstruction.LANDLORD_REVIEW, "REV-7",
                                LocalDate.of(2025, 5, 28), ONE),
                        acknowledged(Instant.parse("2025-05-21T09:00:00Z"), ONE, carol, LocalDate.of(2025, 5, 28), true,
                                LocalDate.of(2025, 6, 5)),
                        answeredByCarol,
                        Steps.escalationRequested(Steps.ESCALATION_REQUESTED, Steps.STAGE_TWO_ACK_DUE))
                .when(acknowledge(TWO, STAGE_ONE_HANDLER))
                .expectException(breaks("stage-handler-must-differ", "6.13"))
                .expectNoEvents();
    }

    @Test
    void thereIsNothingToTakeOnWhenNothingWasRefused() {
        fixture.given(escalated())
                .when(instructed(TakeOnInstruction.HOUSING_OMBUDSMAN, OMBUDSMAN_REFERENCE))
                .expectException(breaks("nothing-refused", null))
                .expectNoEvents();
    }

    @Test
    void withdrawnComplaintIsNotTakenOn() {
        fixture.given(with(received(), withdrawn(Instant.parse("2025-05-14T09:00:00Z"))))
                .when(instructed(TakeOnInstruction.HOUSING_OMBUDSMAN, OMBUDSMAN_REFERENCE))
                .expectException(breaks("complaint-withdrawn", null))
                .expectNoEvents();
    }
}
