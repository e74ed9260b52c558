package org.complaintledger.learning;

import java.time.Instant;

/**
 * The service improvement changed hands.
 *
 * @param previousOwner who was accountable until now
 * @param owner         who is accountable from now
 */
public record ImprovementOwnerReassigned(String learningId,
                                         Instant occurredAt,
                                         String backdatingReason,
                                         String previousOwner,
                                         String owner,
                                         String reason,
                                         String reassignedBy) implements LearningEvent {
}
