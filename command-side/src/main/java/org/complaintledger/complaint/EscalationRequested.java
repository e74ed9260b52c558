package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.code.Stage;
import org.complaintledger.personaldata.PersonalData;

/**
 * The resident asked for the next stage; no reason is required of them (6.12).
 *
 * @param residentsWords     what the resident said, if anything
 * @param acknowledgementDue the deadline for acknowledging the requested stage (2024 6.11); null where the Code sets
 *                           none (2022 stages 2 and 3)
 * @param responseDue        the response deadline, where the Code counts it from the request (2022 5.13, 5.18); null
 *                           where it runs from the acknowledgement (2024 6.14)
 */
public record EscalationRequested(String complaintId,
                                  Instant occurredAt,
                                  @PersonalData String backdatingReason,
                                  Stage toStage,
                                  @PersonalData String residentsWords,
                                  LocalDate acknowledgementDue,
                                  LocalDate responseDue) implements ComplaintEvent {
}
