package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.code.Stage;
import org.complaintledger.personaldata.PersonalData;

/**
 * A refusal did not stand: told by the Ombudsman (or its own review) to take the complaint on, the landlord took it
 * back into {@code stage} (stage 1 after a refused complaint, the refused stage after a refused escalation) with fresh
 * deadlines from the instruction (2.4, 5.11); {@code occurredAt} is when the instruction was given.
 *
 * @param acknowledgementDue the acknowledgement deadline of the stage re-entered, counted from the instruction
 */
public record ComplaintTakenOn(String complaintId,
                               Instant occurredAt,
                               @PersonalData String backdatingReason,
                               TakeOnInstruction instructedBy,
                               String instructionReference,
                               @PersonalData String reason,
                               Stage stage,
                               LocalDate acknowledgementDue) implements ComplaintEvent {
}
