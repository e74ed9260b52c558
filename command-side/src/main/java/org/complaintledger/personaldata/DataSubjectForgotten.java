package org.complaintledger.personaldata;

import java.time.Instant;

/**
 * A data subject's key was destroyed: every personal field sealed with it now reads as {@link PersonalData#ERASED}.
 * The event itself holds no personal data, so it stays readable as the evidence that the erasure happened, when
 * and why (UK GDPR Art. 5(2), accountability).
 */
public record DataSubjectForgotten(String dataSubjectId,
                                   ErasureReason reason,
                                   String basis,
                                   String requestedBy,
                                   Instant occurredAt,
                                   String backdatingReason) {
}
