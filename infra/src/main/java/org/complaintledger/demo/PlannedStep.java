package org.complaintledger.demo;

import java.time.Instant;
import java.util.Comparator;

/**
 * One command of a demo ledger and when it is recorded. {@code sequence} orders steps recorded at the same instant
 * as they were planned, so the order of the ledger never depends on a tie.
 */
public record PlannedStep(Instant recordedAt, long sequence, Object command) {

    static final Comparator<PlannedStep> IN_RECORDED_ORDER =
            Comparator.comparing(PlannedStep::recordedAt).thenComparingLong(PlannedStep::sequence);
}
