package org.complaintledger.retention;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * How long a data subject's complaints and survey responses are kept: {@code period} after the last complaint closed
 * (and was last touched) or the last step of a survey response that expressed dissatisfaction (1.6), whichever is
 * later. UK GDPR Art. 5(1)(e); six years is the usual limitation period for a claim arising from a complaint.
 */
public record RetentionPolicy(Period period) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public RetentionPolicy {
        if (period == null || period.isNegative()) {
            throw new IllegalArgumentException("complaint-ledger.retention.period must be a non-negative ISO-8601 period");
        }
    }

    /** Activity before this instant (a complaint closed and last touched, a survey response's last step) is due. */
    public Instant retainedUntil(Instant now) {
        return now.atZone(LONDON).minus(period).toInstant();
    }

    public String describe() {
        return period + " after the data subject's last complaint closed or last survey response step";
    }
}
