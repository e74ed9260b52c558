package org.complaintledger.reviewsdue;

import java.time.LocalDate;
import org.complaintledger.reviewsdue.ReviewsDueProjection.Kind;

/**
 * A resident's record due a review (5.10, 5.14): which record, whose, of what kind, by when, and whether that day
 * has already passed.
 */
public record ReviewDue(String recordId, String residentId, Kind kind, LocalDate reviewDue, boolean overdue) {
}
