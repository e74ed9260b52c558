package org.complaintledger.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days for the Complaint Handling Code's timescales: Monday to Friday, less bank holidays in England and
 * Wales, less any closure days the landlord declares. Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    /** The Code's days are English calendar days, so instants are read in London time (GMT/BST). */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final WorkingDayCalendar ENGLAND_AND_WALES = new WorkingDayCalendar(Set.of());

    private final Set<LocalDate> closureDays;

    /**
     * Non-working days per year, bit index = day of year. Built once per year on first use so that
     * {@link #isWorkingDay} on the command path is a map lookup and a bit test. Each BitSet is never written
     * after it is published through the map, so concurrent reads are safe.
     */
    private final Map<Integer, BitSet> nonWorkingByYear = new ConcurrentHashMap<>();

    /** @param closureDays extra non-working days the landlord declares; copied, so later changes do not leak in */
    public WorkingDayCalendar(Set<LocalDate> closureDays) {
        this.closureDays = Set.copyOf(Objects.requireNonNull(closureDays, "closureDays"));
    }

    /** The plain England and Wales calendar, with no closure days. */
    public static WorkingDayCalendar englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    public boolean isWorkingDay(LocalDate day) {
        return !nonWorkingDays(day.getYear()).get(day.getDayOfYear());
    }

    /**
     * The deadline for "within {@code workingDays} working days of {@code from}": counting starts the day after
     * {@code from} (whether or not {@code from} is itself a working day) and the deadline is the Nth working day.
     * Zero returns {@code from} unchanged.
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        Objects.requireNonNull(from, "from");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must be >= 0, was " + workingDays);
        }
        LocalDate day = from;
        int remaining = workingDays;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * The number of working days d with {@code from < d <= to}; 0 when {@code to} is not after {@code from}.
     * The inverse of {@link #addWorkingDays}: that returns the first day y with {@code workingDaysBetween(x, y) == n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The calendar date of {@code instant} in London, e.g. 23:30 UTC on a summer day is already tomorrow. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }

    private BitSet nonWorkingDays(int year) {
        BitSet cached = nonWorkingByYear.get(year);
        return cached != null ? cached : nonWorkingByYear.computeIfAbsent(year, this::buildYear);
    }

    private BitSet buildYear(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        BitSet nonWorking = new BitSet(first.lengthOfYear() + 1);
        for (LocalDate day = first; day.getYear() == year; day = day.plusDays(1)) {
            DayOfWeek dow = day.getDayOfWeek();
            if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
                nonWorking.set(day.getDayOfYear());
            }
        }
        for (LocalDate holiday : BankHolidays.inYear(year)) {
            nonWorking.set(holiday.getDayOfYear());
        }
        for (LocalDate closure : closureDays) {
            if (closure.getYear() == year) {
                nonWorking.set(closure.getDayOfYear());
            }
        }
        return nonWorking;
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[England and Wales, " + closureDays.size() + " closure day(s)]";
    }
}
