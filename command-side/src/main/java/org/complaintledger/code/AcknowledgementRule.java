package org.complaintledger.code;

/**
 * What a version of the Code says about acknowledging a stage: a deadline counted from the stage's opening (receipt
 * or the escalation request), or none. Either way the acknowledgement may be recorded, and {@link #provision()} is the
 * one a missing acknowledgement breaks when a later step needs it.
 */
public sealed interface AcknowledgementRule {

    String provision();

    /** Acknowledged within {@code days} of the stage opening, e.g. 2024 6.2, 2022 4.1. */
    record Within(DayCount days, String provision) implements AcknowledgementRule {
    }

    /** No deadline for the acknowledgement, e.g. 2022 stage 2: the definition is set out on receipt of the request (5.10). */
    record NoDeadline(String provision) implements AcknowledgementRule {
    }
}
