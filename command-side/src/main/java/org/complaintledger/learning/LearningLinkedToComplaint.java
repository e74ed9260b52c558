package org.complaintledger.learning;

import java.time.Instant;

/** A later complaint was found to show a lesson already on record (9.2). */
public record LearningLinkedToComplaint(String learningId,
                                        Instant occurredAt,
                                        String backdatingReason,
                                        String complaintId,
                                        String linkedBy) implements LearningEvent {
}
