package org.complaintledger.closuredays;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A closure day in force at the time asked about.
 *
 * @param source     {@code LEDGER} when declared on the ledger, {@code CONFIGURATION} when from
 *                   {@code complaint-ledger.closure-days} (which has no history: it is in force whenever asked)
 * @param declaredAt when the declaration was recorded; null for configuration
 */
public record ClosureDayInForce(LocalDate day, Source source, String reason, String declaredBy, Instant declaredAt) {

    public enum Source { LEDGER, CONFIGURATION }
}
