package org.complaintledger.restriction;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.personaldata.PersonalData;

/**
 * A restriction was reviewed (5.14).
 *
 * @param scope         the restriction as varied, when the outcome is VARIED; otherwise null
 * @param reviewDue     the review date this review answered
 * @param onTime        the review happened on or before {@code reviewDue}
 * @param nextReviewDue the next review date; null when LIFTED
 */
public record RestrictionReviewed(String restrictionId,
                                  Instant occurredAt,
                                  @PersonalData String backdatingReason,
                                  RestrictionReviewOutcome outcome,
                                  @PersonalData String note,
                                  @PersonalData String scope,
                                  LocalDate reviewDue,
                                  boolean onTime,
                                  LocalDate nextReviewDue,
                                  String reviewedBy) implements RestrictionEvent {
}
