package org.complaintledger.code;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.procedure.LandlordProcedure;

/**
 * Everything the complaint needs to judge time: the working-day calendar, the versions of the Code, the landlord's
 * procedure and the clock that says when a step is being recorded.
 */
public final class Timescales {

    /** Clocks of callers drift; a step a moment "in the future" is a clock, not a prophecy. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final WorkingDayCalendar calendar;
    private final CodeVersions versions;
    private final LandlordProcedure procedure;
    private final Clock clock;

    /** A landlord whose procedure has only the Code's standard stages. */
    public Timescales(WorkingDayCalendar calendar, CodeVersions versions, Clock clock) {
        this(calendar, versions, LandlordProcedure.standard(), clock);
    }

    public Timescales(WorkingDayCalendar calendar, CodeVersions versions, LandlordProcedure procedure, Clock clock) {
        this.calendar = calendar;
        this.versions = versions;
        this.procedure = procedure;
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

    /** "Within N days of X" in the unit the Code gives: counting starts the day after X, in Europe/London. */
    public LocalDate deadline(Instant from, DayCount days) {
        return switch (days.unit()) {
            case WORKING_DAYS -> deadline(from, days.count());
            case CALENDAR_DAYS -> dayOf(from).plusDays(days.count());
        };
    }

    /** The acknowledgement deadline of a stage opened at {@code openedAt}, or null where the Code sets none. */
    public LocalDate acknowledgementDue(AcknowledgementRule rule, Instant openedAt) {
        return switch (rule) {
            case AcknowledgementRule.Within within -> deadline(openedAt, within.days());
            case AcknowledgementRule.NoDeadline none -> null;
        };
    }

    /**
     * How many days of {@code unit} lie after {@code from} up to and including {@code to}; beyond an int's range
     * (millions of years) the count stops at its bound, which every comparison with a timescale still reads rightly.
     */
    public int daysBetween(LocalDate from, LocalDate to, DayCount.Unit unit) {
        return switch (unit) {
            case WORKING_DAYS -> workingDaysBetween(from, to);
            case CALENDAR_DAYS -> Math.clamp(ChronoUnit.DAYS.between(from, to), Integer.MIN_VALUE, Integer.MAX_VALUE);
        };
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

    /** The final stage of the landlord's procedure for a complaint received then, under that Code (2022 5.17). */
    public Stage finalStage(CodeVersion code, Instant receivedAt) {
        return procedure.finalStage(code, dayOf(receivedAt));
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
