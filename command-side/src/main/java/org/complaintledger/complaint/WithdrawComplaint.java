package org.complaintledger.complaint;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** The resident withdraws the complaint. */
public record WithdrawComplaint(@TargetAggregateIdentifier @NotBlank String complaintId,
                                @SaneDate Instant occurredAt,
                                String backdatingReason,
                                String reason) implements ComplaintCommand {
}
