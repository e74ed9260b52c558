package org.complaintledger.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        Objects.requireNonNull(from, "from");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must be >= 0, was " + workingDays);
        }
        Snapshot days = snapshot;
        LocalDate day = from;
        int remaining = workingDays;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (days.isWorkingDay(day)) {
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
        Snapshot days = snapshot;
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (days.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
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
     * One set of closure days, never changed. Its non-working days per year (bit index = day of year) are built once
     * per year on first use, so {@link #isWorkingDay} on the command path is a map lookup and a bit test; each BitSet
     * is never written after it is published through the map, so concurrent reads are safe.
     */
    private record Snapshot(Set<LocalDate> closureDays, Map<Integer, BitSet> nonWorkingByYear) {

        Snapshot(Set<LocalDate> closureDays) {
            this(Set.copyOf(closureDays), new ConcurrentHashMap<>());
        }

        boolean isWorkingDay(LocalDate day) {
            return !nonWorkingDays(day.getYear()).get(day.getDayOfYear());
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
    }
}
