package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.code.Stage;

/**
 * The resident asked for the next stage; no reason is required of them (6.12).
 *
 * @param residentsWords     what the resident said, if anything
 * @param acknowledgementDue the deadline for acknowledging the requested stage (6.11)
 */
public record EscalationRequested(String complaintId,
                                  Instant occurredAt,
                                  String backdatingReason,
                                  Stage toStage,
                                  String residentsWords,
                                  LocalDate acknowledgementDue) implements ComplaintEvent {
}
