package org.complaintledger.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** The steps of a demo ledger as they are planned, each with when it is recorded. */
final class DemoPlan {

    /** Recorded when a step was entered late only because a step it follows was (5.12). */
    static final String FOLLOWS_LATE_ENTRY = "Entered after the earlier step it follows, which was itself put on the "
            + "ledger late";

    private final DemoCalendar calendar;
    private final List<PlannedStep> steps = new ArrayList<>();

    DemoPlan(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Plans a step that happened at {@code occurred} and is recorded at {@code recorded}, or later if a step it depends
     * on ({@code after}, may be null) is recorded later. It says why when it is recorded late: {@code lateReason}, or
     * that it follows a late entry; {@code mustSay} tells, from when it is recorded, where a rule asks for a reason
     * however soon that is.
     *
     * @return when it is recorded
     */
    Instant add(Instant occurred, Instant recorded, Instant after, String lateReason, Predicate<Instant> mustSay,
                Function<String, Object> command) {
        Instant at = after != null && !recorded.isAfter(after) ? after.plus(Duration.ofMinutes(1)) : recorded;
        boolean saysWhy = mustSay.test(at) || calendar.backdated(occurred, at);
        String reason = saysWhy ? (lateReason != null ? lateReason : FOLLOWS_LATE_ENTRY) : null;
        steps.add(new PlannedStep(at, steps.size(), command.apply(reason)));
        return at;
    }

    /** A step recorded a few minutes after it happened, after {@code after}. */
    Instant soon(Instant occurred, Instant after, Function<String, Object> command) {
        return add(occurred, occurred.plus(Duration.ofMinutes(2 + steps.size() % 37)), after, null, at -> false,
                command);
    }

    List<PlannedStep> inRecordedOrder() {
        return steps.stream().sorted(PlannedStep.IN_RECORDED_ORDER).toList();
    }
}
