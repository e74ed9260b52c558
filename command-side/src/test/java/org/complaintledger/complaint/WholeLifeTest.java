package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.complaint.Steps.STAGE_TWO_ACK_DUE;
import static org.complaintledger.complaint.Steps.STAGE_TWO_HANDLER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A complaint through both stages, one step at a time, each on its own day: the clock moves on between steps and
 * each step is decided on the events of all the steps before it.
 */
class WholeLifeTest {

    private final List<Object> history = new ArrayList<>(Steps.answered());

    @Test
    void complaintGoesThroughStageTwoToItsFinalResponseAndItsRemedyIsCompleted() {
        // Thu 29 May: asks for stage 2; 5 working days: Fri 30, Mon 2, Tue 3, Wed 4, Thu 5 June
        Instant thursday = Instant.parse("2025-05-29T09:00:00Z");
        step(thursday, Steps.escalate(), Steps.escalationRequested(thursday, STAGE_TWO_ACK_DUE));

        // Mon 2 June: acknowledged on time by someone who did not handle stage 1;
        // 20 working days: 3-6 June = 4, 9-13 = 9, 16-20 = 14, 23-27 = 19, Mon 30 June = 20
        Instant monday = Instant.parse("2025-06-02T10:00:00Z");
        LocalDate june30 = LocalDate.of(2025, 6, 30);
        step(monday, Steps.acknowledge(TWO, STAGE_TWO_HANDLER),
                Steps.acknowledged(monday, TWO, STAGE_TWO_HANDLER, STAGE_TWO_ACK_DUE, true, june30));

        // Fri 20 June: extended to Mon 14 July, 10 working days beyond 30 June (1-4 July = 4, 7-11 = 9, 14 = 10),
        // so no good reason is needed
        Instant friday = Instant.parse("2025-06-20T10:00:00Z");
        LocalDate july14 = LocalDate.of(2025, 7, 14);
        step(friday, Steps.extend(TWO, july14), Steps.extended(friday, TWO, june30, july14, 10, false, null));

        // Thu 10 July: upheld, with compensation; after the original deadline (30 June) but within the extended one,
        // which was within the Code's limit.
        // The stage 1 response had action-1 and action-2, so the compensation is action-3.
        Instant july10 = Instant.parse("2025-07-10T10:00:00Z");
        Remedy compensation = Steps.compensation(40_000, LocalDate.of(2025, 7, 24));
        step(july10, Steps.respond(TWO, Decision.UPHELD, List.of(compensation), List.of()),
                Steps.responseIssued(july10, TWO, Decision.UPHELD, List.of(compensation.tracked("action-3")), List.of(),
                        july14, true, june30, false, true));

        // Fri 18 July: the compensation is paid, before its due date of Thu 24 July
        Instant july18 = Instant.parse("2025-07-18T10:00:00Z");
        step(july18, Steps.complete("action-3"),
                new ActionCompleted(Steps.ID, july18, null, "action-3", "done", LocalDate.of(2025, 7, 24), true));
    }

    /**
     * With the clock at {@code now}, given everything so far, the command produces exactly {@code expected}. The
     * fixture also checks that the complaint it leaves behind is the one replaying the events rebuilds.
     */
    private void step(Instant now, Object command, ComplaintEvent expected) {
        ComplaintFixture.at(now)
                .given(history)
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(expected);
        history.add(expected);
    }
}
