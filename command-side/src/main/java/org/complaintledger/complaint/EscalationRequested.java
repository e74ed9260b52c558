package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.code.Stage;
import org.complaintledger.personaldata.PersonalData;

/**
 * The resident asked for the next stage; no reason is required of them (6.12).
 *
 * @param residentsWords     what the resident said, if anything
 * @param acknowledgementDue the deadline for acknowledging the requested stage (6.11)
 */
public record EscalationRequested(String complaintId,
                                  Instant occurredAt,
                                  @PersonalData String backdatingReason,
                                  Stage toStage,
                                  @PersonalData String residentsWords,
                                  LocalDate acknowledgementDue) implements ComplaintEvent {
}
