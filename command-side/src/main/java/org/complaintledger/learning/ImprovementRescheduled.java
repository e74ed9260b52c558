package org.complaintledger.learning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The service improvement got a new due date.
 *
 * @param previousDue    the due date until now
 * @param improvementDue the due date from now
 */
public record ImprovementRescheduled(String learningId,
                                     Instant occurredAt,
                                     String backdatingReason,
                                     LocalDate previousDue,
                                     LocalDate improvementDue,
                                     String reason,
                                     String rescheduledBy) implements LearningEvent {
}
