package org.complaintledger.casesummary;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import org.complaintledger.code.InvalidField;

/** Complaints received from one London day to another, both included: the period reports and exports cover. */
public record ReceiptPeriod(LocalDate from, LocalDate to) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public ReceiptPeriod {
        if (to.isBefore(from)) {
            throw new InvalidField("to", "must not be before from " + from);
        }
    }

    /** The first instant of {@code from}, for {@code received_at >= ?}. */
    public Timestamp start() {
        return Timestamp.from(from.atStartOfDay(LONDON).toInstant());
    }

    /** The first instant after {@code to}, for {@code received_at < ?}. */
    public Timestamp end() {
        return Timestamp.from(to.plusDays(1).atStartOfDay(LONDON).toInstant());
    }
}
