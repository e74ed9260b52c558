package org.complaintledger.outcomes;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.calendar.WorkingDayCalendar;

/** Days as the tables hold them: a step counts on the day it happened in England (Europe/London). */
final class Days {

    private Days() {
    }

    static Date dayOf(Instant instant) {
        return Date.valueOf(LocalDate.ofInstant(instant, WorkingDayCalendar.LONDON));
    }

    static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
