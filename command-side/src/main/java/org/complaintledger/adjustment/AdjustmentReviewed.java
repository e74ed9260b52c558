package org.complaintledger.adjustment;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.personaldata.PersonalData;

/**
 * A disability disclosed or an adjustment agreed was reviewed (5.10).
 *
 * @param description   the adjustment as changed, when the outcome is CHANGED; otherwise null
 * @param reviewDue     the review date this review answered
 * @param onTime        the review happened on or before {@code reviewDue}
 * @param nextReviewDue the next review date; null when ENDED
 */
public record AdjustmentReviewed(String adjustmentId,
                                 Instant occurredAt,
                                 @PersonalData String backdatingReason,
                                 AdjustmentReviewOutcome outcome,
                                 @PersonalData String note,
                                 @PersonalData String description,
                                 LocalDate reviewDue,
                                 boolean onTime,
                                 LocalDate nextReviewDue,
                                 String reviewedBy) implements AdjustmentEvent {
}
