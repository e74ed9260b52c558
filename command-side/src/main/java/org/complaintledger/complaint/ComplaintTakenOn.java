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
 * @param acknowledgementDue the acknowledgement deadline of the stage re-entered, counted from the instruction; null
 *                           where the complaint's Code sets none (2022 stages 2 and 3)
 * @param responseDue        the response deadline, counted from the instruction, where the Code starts the response
 *                           clock at the request rather than the acknowledgement (2022 5.13, 5.18); else null
 */
public record ComplaintTakenOn(String complaintId,
                               Instant occurredAt,
                               @PersonalData String backdatingReason,
                               TakeOnInstruction instructedBy,
                               String instructionReference,
                               @PersonalData String reason,
                               Stage stage,
                               LocalDate acknowledgementDue,
                               LocalDate responseDue) implements ComplaintEvent {
}
