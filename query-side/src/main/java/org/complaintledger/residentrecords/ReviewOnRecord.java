package org.complaintledger.residentrecords;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One review of a resident's record, as the record shows it.
 *
 * @param changedTo     the new description (adjustment CHANGED) or scope (restriction VARIED); otherwise null
 * @param reviewDue     the review date this review answered, and {@code onTime} whether it was met
 * @param nextReviewDue null when the review ended the record
 */
public record ReviewOnRecord(Instant occurredAt,
                             String outcome,
                             String note,
                             String changedTo,
                             LocalDate reviewDue,
                             boolean onTime,
                             LocalDate nextReviewDue,
                             String reviewedBy) {

    /** The reviews before this one, and this one last. */
    List<ReviewOnRecord> after(List<ReviewOnRecord> earlier) {
        List<ReviewOnRecord> reviews = new ArrayList<>(earlier);
        reviews.add(this);
        return List.copyOf(reviews);
    }
}
