package org.complaintledger.complaint;

import java.time.LocalDate;

/** An outstanding action on the record, tracked to completion after the response (6.17). */
public record TrackedAction(String actionId, String description, LocalDate dueBy) {
}
