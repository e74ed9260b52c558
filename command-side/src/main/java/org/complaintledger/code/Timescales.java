package org.complaintledger.code;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.calendar.WorkingDayCalendar;

/**
 * Everything the complaint needs to judge time: the working-day calendar, the versions of the Code and
 * the clock that says when a step is being recorded.
 */
public final class Timescales {

    /** Clocks of callers drift; a step a moment "in the future" is a clock, not a prophecy. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final WorkingDayCalendar calendar;
    private final CodeVersions versions;
    private final Clock clock;

    public Timescales(WorkingDayCalendar calendar, CodeVersions versions, Clock clock) {
        this.calendar = calendar;
        this.versions = versions;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate dayOf(Instant instant) {
        return calendar.dayOf(instant);
    }

    /** "Within N working days of X": counting starts the day after X, in Europe/London. */
    public LocalDate deadline(Instant from, int workingDays) {
        return calendar.addWorkingDays(dayOf(from), workingDays);
    }

    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        return calendar.addWorkingDays(from, workingDays);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    /** A step is on time when it happens on or before the deadline day. */
    public boolean onTime(Instant at, LocalDate deadline) {
        return !dayOf(at).isAfter(deadline);
    }

    public CodeVersion governing(Instant receivedAt) {
        LocalDate received = dayOf(receivedAt);
        return versions.governing(received).orElseThrow(() -> new CodeRuleBroken("no-code-version",
                null, "no version of the Code known to the ledger governs complaints received on " + received));
    }

    public CodeVersion version(String name) {
        return versions.named(name).orElseThrow(() -> new IllegalStateException("unknown Code version " + name));
    }

    /**
     * When the step happened: the caller's {@code occurredAt}, or now. A step may not lie in the future, and
     * one recorded more than the Code version's allowance after it happened must say why (5.12).
     */
    public Instant occurrence(Instant occurredAt, String backdatingReason, CodeVersion version) {
        Instant now = now();
        if (occurredAt == null) {
            return now;
        }
        if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidField("occurredAt", "must not be in the future (it is " + now + " now)");
        }
        int lateBy = workingDaysBetween(dayOf(occurredAt), dayOf(now));
        if (lateBy > version.backdatingWithoutReasonWorkingDays() && isBlank(backdatingReason)) {
            throw new InvalidField("backdatingReason", "is required: the step is recorded " + lateBy
                    + " working days after it occurred, more than " + version.backdatingWithoutReasonWorkingDays());
        }
        return occurredAt;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
