package org.complaintledger.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.SplittableRandom;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.code.CodeVersions;
import org.complaintledger.code.Timescales;

/**
 * Days and times of a demo ledger, counted as the ledger counts them (the same {@link Timescales}, England's bank
 * holidays, no closure days), so a step planned "on time" is on time by the ledger's own reckoning.
 */
final class DemoCalendar {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Working hours in which steps happen, 09:00 to 17:00. */
    private static final int FIRST_MINUTE = 9 * 60;
    private static final int WORKING_MINUTES = 8 * 60;

    private final Timescales time = new Timescales(new WorkingDayCalendar(Set.of()), CodeVersions.known(),
            Clock.systemUTC());

    Timescales time() {
        return time;
    }

    LocalDate dayOf(Instant at) {
        return time.dayOf(at);
    }

    LocalDate workingDaysAfter(LocalDate day, int workingDays) {
        return time.addWorkingDays(day, workingDays);
    }

    int workingDaysBetween(LocalDate from, LocalDate to) {
        return time.workingDaysBetween(from, to);
    }

    /** The first working day on or after {@code day}. */
    LocalDate workingDayFrom(LocalDate day) {
        return time.addWorkingDays(day.minusDays(1), 1);
    }

    /** A moment in working hours of {@code day}, and after {@code notBefore} (the step before it). */
    Instant during(LocalDate day, SplittableRandom random, Instant notBefore) {
        Instant at = day.atTime(LocalTime.MIN.plusMinutes(FIRST_MINUTE + random.nextInt(WORKING_MINUTES)))
                .atZone(LONDON).toInstant();
        if (notBefore != null && !at.isAfter(notBefore)) {
            return notBefore.plusSeconds(60L * (5 + random.nextInt(55)));
        }
        return at;
    }

    /** Whether a step recorded at {@code recorded} is late enough that it must say why (5.12). */
    boolean backdated(Instant occurred, Instant recorded) {
        return workingDaysBetween(dayOf(occurred), dayOf(recorded)) > time.version("2024").backdatingWithoutReasonWorkingDays();
    }
}
