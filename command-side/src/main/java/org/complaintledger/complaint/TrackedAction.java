package org.complaintledger.complaint;

import java.time.LocalDate;
import org.complaintledger.personaldata.PersonalData;

/** An outstanding action on the record, tracked to completion after the response (6.17). */
public record TrackedAction(String actionId, @PersonalData String description, LocalDate dueBy) {
}
