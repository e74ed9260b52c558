package org.complaintledger.duesteps;

import java.time.LocalDate;

/** A step the landlord owes on a complaint, due on a day (acknowledgement, response, action, order). */
public record DueStep(String complaintId, String step, LocalDate dueOn) {
}
