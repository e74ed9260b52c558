package org.complaintledger.complaint;

import java.time.LocalDate;
import org.complaintledger.personaldata.PersonalData;

/** A remedy on the record, with the action id under which its completion is tracked (7.3, 6.17). */
public record TrackedRemedy(String actionId, RemedyType type, @PersonalData String description, Long amountPence, LocalDate dueBy) {
}
