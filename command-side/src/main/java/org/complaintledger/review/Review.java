package org.complaintledger.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A review of a record, as checked: when it happened, the review date it answered and whether it met it.
 *
 * @param reviewDue the review date in force before this review
 * @param onTime    the review happened on or before that date (Europe/London)
 */
public record Review(Instant at, LocalDate reviewDue, boolean onTime) {
}
