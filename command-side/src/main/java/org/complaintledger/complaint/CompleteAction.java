package org.complaintledger.complaint;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** Record that a remedy or outstanding action was completed (6.17, 7.3). */
public record CompleteAction(@TargetAggregateIdentifier @NotBlank String complaintId,
                             @SaneDate Instant occurredAt,
                             String backdatingReason,
                             @NotBlank String actionId,
                             String note) implements ComplaintCommand {
}
