package org.complaintledger.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.calendar.WorkingDayCalendar;

/** Days as the tables hold them: a step counts on the day it happened in England (Europe/London). */
final class Days {

    private Days() {
    }

    static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, WorkingDayCalendar.LONDON);
    }
}
