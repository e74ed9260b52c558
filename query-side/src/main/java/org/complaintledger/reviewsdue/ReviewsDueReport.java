package org.complaintledger.reviewsdue;

import java.util.List;
import org.complaintledger.parkedevents.Incomplete;

/**
 * The reviews due, earliest first (at most 1,000), and {@code incomplete}: null unless the reviews-due processing
 * group has parked events, whose records may then be missing.
 */
public record ReviewsDueReport(List<ReviewDue> reviews, Incomplete incomplete) {
}
