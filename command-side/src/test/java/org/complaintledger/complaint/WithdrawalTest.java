package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.STAGE_TWO_HANDLER;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.answered;
import static org.complaintledger.complaint.Steps.escalated;
import static org.complaintledger.complaint.Steps.finallyAnswered;
import static org.complaintledger.complaint.Steps.received;
import static org.complaintledger.complaint.Steps.stageTwoUnderWay;
import static org.complaintledger.complaint.Steps.with;
import static org.complaintledger.complaint.Steps.withdraw;
import static org.complaintledger.complaint.Steps.withdrawn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The resident withdrawing the complaint, and what a withdrawn complaint can no longer do. */
class WithdrawalTest {

    private static final Instant WITHDRAWN = Instant.parse("2025-05-30T16:00:00Z");

    private final FixtureConfiguration<Complaint> fixture = ComplaintFixture.atNow();

    static Stream<List<Object>> beforeTheFinalResponse() {
        return Stream.of(received(), acknowledged(), answered(), escalated(), stageTwoUnderWay());
    }

    @ParameterizedTest
    @MethodSource("beforeTheFinalResponse")
    void residentMayWithdrawBeforeTheFinalResponse(List<Object> history) {
        fixture.given(history)
                .when(withdraw())
                .expectEvents(withdrawn(NOW));
    }

    @Test
    void cannotWithdrawAfterTheFinalResponse() {
        fixture.given(finallyAnswered())
                .when(withdraw())
                .expectException(breaks("withdrawal-after-final-response", null))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawTwice() {
        fixture.given(with(acknowledged(), withdrawn(WITHDRAWN)))
                .when(withdraw())
                .expectException(breaks("complaint-withdrawn", null))
                .expectNoEvents();
    }

    static Stream<Object> lifecycleSteps() {
        return Stream.of(
                Steps.acknowledge(TWO, STAGE_TWO_HANDLER),
                Steps.extend(ONE, LocalDate.of(2025, 6, 9)),
                Steps.respond(ONE, Decision.NOT_UPHELD, List.of(), List.of()),
                Steps.escalate(),
                Steps.refuseEscalation(true),
                Steps.refuse(RefusalReason.OTHER, true),
                Steps.addIssue());
    }

    @ParameterizedTest
    @MethodSource("lifecycleSteps")
    void withdrawnComplaintTakesNoFurtherStep(Object command) {
        fixture.given(with(acknowledged(), withdrawn(WITHDRAWN)))
                .when(command)
                .expectException(breaks("complaint-withdrawn", null))
                .expectNoEvents();
    }

    @Test
    void withdrawnStageOneCannotBeAcknowledged() {
        fixture.given(with(received(), withdrawn(WITHDRAWN)))
                .when(Steps.acknowledge(ONE, Steps.STAGE_ONE_HANDLER))
                .expectException(breaks("complaint-withdrawn", null))
                .expectNoEvents();
    }
}
