package org.complaintledger.learning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The service improvement was delivered (8.1d).
 *
 * @param delivered      what was delivered
 * @param owner          who was accountable for it when it was delivered
 * @param improvementDue the date it was due by
 * @param onTime         delivered on or before {@code improvementDue} (Europe/London)
 */
public record ImprovementDelivered(String learningId,
                                   Instant occurredAt,
                                   String backdatingReason,
                                   String delivered,
                                   String owner,
                                   LocalDate improvementDue,
                                   boolean onTime,
                                   String recordedBy) implements LearningEvent {
}
