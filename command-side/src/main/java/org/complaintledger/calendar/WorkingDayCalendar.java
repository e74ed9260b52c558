package org.complaintledger.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Working days for the Complaint Handling Code's timescales: Monday to Friday, less bank holidays in England and
 * Wales, less the landlord's closure days: those in configuration and those declared on the ledger.
 *
 * <p>Thread-safe. The closure days in force are one immutable {@link Snapshot}; when the ledger's closure days change
 * ({@link #followLedgerClosureDays}) a new snapshot replaces it whole. Every question reads the snapshot once, so a
 * deadline is always counted against one consistent set of closure days, never half of an old set and half of a new.
 */
public final class WorkingDayCalendar {

    /** The Code's days are English calendar days, so instants are read in London time (GMT/BST). */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final long LAST_DAY = LocalDate.MAX.toEpochDay();

    /** Epoch day -3 (29 December 1969) was a Monday: the weeks are counted whole from there. */
    private static final long A_MONDAY = -3;

    private final Set<LocalDate> configured;
    private volatile Snapshot snapshot;

    /**
     * @param configuredClosureDays the landlord's closure days from configuration; copied, so later changes do not
     *                              leak in
     */
    public WorkingDayCalendar(Set<LocalDate> configuredClosureDays) {
        this.configured = Set.copyOf(Objects.requireNonNull(configuredClosureDays, "configuredClosureDays"));
        this.snapshot = new Snapshot(configured);
    }

    /** The plain England and Wales calendar, with no closure days: a new one each time, as a calendar can change. */
    public static WorkingDayCalendar englandAndWales() {
        return new WorkingDayCalendar(Set.of());
    }

    /**
     * From now on, the closure days in force are the configured ones and {@code declaredOnTheLedger}. Deadlines already
     * written into events do not move: they are facts of the record, not recomputed.
     */
    public void followLedgerClosureDays(Set<LocalDate> declaredOnTheLedger) {
        Set<LocalDate> merged = new HashSet<>(configured);
        merged.addAll(Objects.requireNonNull(declaredOnTheLedger, "declaredOnTheLedger"));
        snapshot = new Snapshot(merged);
    }

    /** The closure days in force now, configured and declared together. */
    public Set<LocalDate> closureDays() {
        return snapshot.closureDays();
    }

    /** The closure days from configuration only. */
    public Set<LocalDate> configuredClosureDays() {
        return configured;
    }

    public boolean isWorkingDay(LocalDate day) {
        return snapshot.isWorkingDay(day);
    }

    /**
     * The deadline for "within {@code workingDays} working days of {@code from}": counting starts the day after
     * {@code from} (whether or not {@code from} is itself a working day) and the deadline is the Nth working day.
     * Zero returns {@code from} unchanged.
     *
     * <p>The work does not grow with the distance: the running count of working days ({@link Snapshot#upTo}) is a
     * sum of whole weeks and two binary searches, so the deadline is found by a galloping then a binary search over
     * it, some 60 counts at most however far away it lies.
     *
     * @throws java.time.DateTimeException when the deadline would fall after {@link LocalDate#MAX}
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        Objects.requireNonNull(from, "from");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must be >= 0, was " + workingDays);
        }
        if (workingDays == 0) {
            return from;
        }
        Snapshot days = snapshot;
        long target = days.upTo(from.toEpochDay()) + workingDays;
        // Invariant: upTo(low) < target <= upTo(high); the answer is the first day with upTo(day) == target.
        long low = from.toEpochDay();
        long high = low;
        long step = workingDays;
        do {
            if (high == LAST_DAY) {
                throw new DateTimeException("the deadline " + workingDays + " working days after " + from
                        + " is after " + LocalDate.MAX);
            }
            high = step > LAST_DAY - low ? LAST_DAY : low + step;
            step *= 2;
        } while (days.upTo(high) < target);
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (days.upTo(middle) < target) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return LocalDate.ofEpochDay(high);
    }

    /**
     * The number of working days d with {@code from < d <= to}; 0 when {@code to} is not after {@code from}; at most
     * {@link Integer#MAX_VALUE} (some eight million years of working days), which any comparison with a timescale
     * of the Code reads rightly. The inverse of {@link #addWorkingDays}: that returns the first day y with
     * {@code workingDaysBetween(x, y) == n}. Constant work, whatever the distance.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return 0;
        }
        Snapshot days = snapshot;
        long count = days.upTo(to.toEpochDay()) - days.upTo(from.toEpochDay());
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    /** The calendar date of {@code instant} in London, e.g. 23:30 UTC on a summer day is already tomorrow. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[England and Wales, " + snapshot.closureDays().size() + " closure day(s)]";
    }

    /**
     * One set of closure days, never changed. Besides the set itself it holds, sorted by epoch day, the closure days
     * that take a working day away (a closure on a weekend or a bank holiday takes nothing more), so they are counted
     * by binary search.
     */
    private record Snapshot(Set<LocalDate> closureDays, long[] closuresOnWorkingWeekdays) {

        Snapshot(Set<LocalDate> closureDays) {
            this(Set.copyOf(closureDays), closuresOnWorkingWeekdays(closureDays));
        }

        boolean isWorkingDay(LocalDate day) {
            return isWeekday(day.toEpochDay()) && !BankHolidays.isBankHoliday(day) && !closureDays.contains(day);
        }

        /**
         * A running count of working days: the number on or before {@code epochDay}, counted from a fixed origin
         * (negative before it). Only differences mean anything. Weekdays less bank holidays (all on weekdays) less
         * the closure days that fall on the remaining working days.
         */
        long upTo(long epochDay) {
            return weekdaysUpTo(epochDay)
                    - BankHolidays.countUpTo(LocalDate.ofEpochDay(epochDay))
                    - closuresUpTo(epochDay);
        }

        private long closuresUpTo(long epochDay) {
            int found = Arrays.binarySearch(closuresOnWorkingWeekdays, epochDay);
            return found >= 0 ? found + 1 : -(found + 1);
        }

        private static long[] closuresOnWorkingWeekdays(Set<LocalDate> closureDays) {
            return closureDays.stream()
                    .filter(day -> isWeekday(day.toEpochDay()) && !BankHolidays.isBankHoliday(day))
                    .mapToLong(LocalDate::toEpochDay)
                    .sorted()
                    .toArray();
        }
    }

    private static boolean isWeekday(long epochDay) {
        return Math.floorMod(epochDay - A_MONDAY, 7) < 5;
    }

    /** Monday to Friday on or before {@code epochDay}, counted from {@link #A_MONDAY}: whole weeks, then the rest. */
    static long weekdaysUpTo(long epochDay) {
        long days = epochDay - A_MONDAY + 1;
        return 5 * Math.floorDiv(days, 7) + Math.min(Math.floorMod(days, 7), 5);
    }
}
