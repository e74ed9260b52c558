package org.complaintledger.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.complaintledger.code.Stage;
import org.complaintledger.complaint.CompleteAction;
import org.complaintledger.complaint.Decision;
import org.complaintledger.complaint.OutstandingAction;
import org.complaintledger.complaint.Remedy;
import org.complaintledger.complaint.RemedyType;

/**
 * What a demo response offers to put things right where it finds fault (7.1, 6.9 e-f): an apology, often
 * compensation, often the repair, sometimes a follow-up; and each later completed, most on time, some late, a few
 * still open.
 */
final class PuttingRight {

    static final double FINANCIAL = 0.55;
    static final double ACTION = 0.5;
    static final double FOLLOW_UP = 0.2;
    static final double COMPLETED_LATE = 0.18;
    static final double LEFT_OPEN = 0.04;

    record Offer(List<Remedy> remedies, List<OutstandingAction> outstanding) {
    }

    private final DemoCalendar calendar;
    private final DemoPlan plan;
    private final SplittableRandom random;
    private final String complaintId;
    private int actionsOnRecord;

    PuttingRight(DemoCalendar calendar, DemoPlan plan, SplittableRandom random, String complaintId) {
        this.calendar = calendar;
        this.plan = plan;
        this.random = random;
        this.complaintId = complaintId;
    }

    Offer offer(Stage stage, Decision decision, LocalDate respondedOn, Wording.Topic topic) {
        if (!decision.findsFault()) {
            return new Offer(List.of(), List.of());
        }
        List<Remedy> remedies = new ArrayList<>();
        remedies.add(new Remedy(RemedyType.APOLOGY, "A written apology", null, respondedOn));
        if (random.nextDouble() < FINANCIAL) {
            // £25 to £400 at stage 1, £100 to £1,500 at stage 2, in steps of £5
            long pounds = stage == Stage.ONE ? 25 + 5L * random.nextInt(76) : 100 + 5L * random.nextInt(281);
            remedies.add(new Remedy(RemedyType.FINANCIAL, "Compensation for the time, trouble and distress",
                    pounds * 100, respondedOn.plusDays(10 + random.nextInt(15))));
        }
        if (random.nextDouble() < ACTION) {
            remedies.add(new Remedy(RemedyType.ACTION, "Put it right: " + topic.outcomeSought(), null,
                    respondedOn.plusDays(10 + random.nextInt(30))));
        }
        List<OutstandingAction> outstanding = random.nextDouble() < FOLLOW_UP
                ? List.of(new OutstandingAction("Inspect the work and confirm with the resident that it is done",
                        respondedOn.plusDays(20 + random.nextInt(25))))
                : List.of();
        return new Offer(List.copyOf(remedies), outstanding);
    }

    /** Completes what the response offered, numbered as the complaint numbers them (action-1, action-2, ...). */
    void complete(Offer offer, LocalDate respondedOn, Instant responded, Instant responseRecorded) {
        List<LocalDate> dues = new ArrayList<>();
        offer.remedies().forEach(remedy -> dues.add(remedy.dueBy()));
        offer.outstanding().forEach(action -> dues.add(action.dueBy()));
        for (LocalDate due : dues) {
            String actionId = "action-" + ++actionsOnRecord;
            if (random.nextDouble() < LEFT_OPEN) {
                continue;
            }
            long room = ChronoUnit.DAYS.between(respondedOn, due);
            LocalDate doneOn = random.nextDouble() < COMPLETED_LATE ? due.plusDays(1 + random.nextInt(20))
                    : respondedOn.plusDays(room - random.nextLong(Math.min(room, 10) + 1));
            Instant done = calendar.during(doneOn, random, responded);
            plan.soon(done, responseRecorded, why -> new CompleteAction(complaintId, done, why, actionId, null));
        }
    }
}
