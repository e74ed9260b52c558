package org.complaintledger.ledger;

import java.time.Instant;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.Timescales;

/**
 * When a step on a record other than a complaint happened: the caller's {@code occurredAt}, or now. Backdating is
 * judged by the Code in force when the step is recorded, since such a record has no receipt date of its own (5.12:
 * the record must be trustworthy).
 */
public final class RecordedLate {

    private RecordedLate() {
    }

    public static Instant occurrence(LedgerCommand cmd, Timescales time) {
        return time.occurrence(cmd.occurredAt(), cmd.backdatingReason(), time.governing(time.now()));
    }

    /** A later step on a record, which cannot have happened before the record's first step ({@code opening}). */
    public static Instant laterStep(LedgerCommand cmd, Timescales time, Instant opened, String opening) {
        Instant at = occurrence(cmd, time);
        if (at.isBefore(opened)) {
            throw new InvalidField("occurredAt", "must not be before " + opening + ", at " + opened);
        }
        return at;
    }
}
