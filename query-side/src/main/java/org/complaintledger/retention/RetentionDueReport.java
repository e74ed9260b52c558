package org.complaintledger.retention;

import java.util.List;
import org.complaintledger.parkedevents.Incomplete;

/**
 * The data subjects due for erasure (at most 1,000), and {@code incomplete}: null unless a processing group the list
 * is built from (case-summary, retention, reviews-due) has parked events, when a subject may be missing or listed
 * although a record still holds it.
 */
public record RetentionDueReport(List<DueSubject> subjects, Incomplete incomplete) {
}
