package org.complaintledger.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.ComplaintsOnLedger;
import org.complaintledger.ledger.SaneDate;

/**
 * A later complaint shows the same lesson: link it to the learning already on record, so the governing body sees how
 * often the issue recurs (9.2, 9.4 themes and trends). {@code occurredAt} is when the link was seen.
 */
public record LinkLearningToComplaint(@TargetAggregateIdentifier @NotBlank String learningId,
                                      @SaneDate Instant occurredAt,
                                      String backdatingReason,
                                      @NotNull @Pattern(regexp = ComplaintsOnLedger.COMPLAINT_ID,
                                              message = ComplaintsOnLedger.COMPLAINT_ID_MESSAGE) String complaintId,
                                      @NotBlank String linkedBy) implements LearningCommand {
}
