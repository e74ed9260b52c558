package org.complaintledger.landlord;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.Timescales;
import org.complaintledger.ledger.LedgerCommand;

/** The checks of time every step on the landlord's own record shares. */
public final class FactDates {

    private FactDates() {
    }

    /**
     * When the step happened: {@code occurredAt} or now, not in the future, and recorded late only with a reason.
     * Backdating is judged by the Code in force when the step is recorded (5.12: the record must be trustworthy).
     */
    public static Instant occurrence(LedgerCommand cmd, Timescales time) {
        return time.occurrence(cmd.occurredAt(), cmd.backdatingReason(), time.governing(time.now()));
    }

    /** A date on which something already happened (received, notified, complied) cannot be after today in London. */
    public static void notInFuture(String field, LocalDate day, Timescales time) {
        LocalDate today = time.dayOf(time.now());
        if (day != null && day.isAfter(today)) {
            throw new InvalidField(field, "must not be after today, " + today);
        }
    }

    /** {@code day} is not before {@code earliest}, which {@code what} names in the refusal. */
    public static void notBefore(String field, LocalDate day, LocalDate earliest, String what) {
        if (day != null && earliest != null && day.isBefore(earliest)) {
            throw new InvalidField(field, "must not be before " + what + ", " + earliest);
        }
    }
}
