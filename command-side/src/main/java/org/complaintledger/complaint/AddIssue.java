package org.complaintledger.complaint;

import java.util.List;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** The resident raises a further, related issue (6.8). */
public record AddIssue(@TargetAggregateIdentifier @NotBlank String complaintId,
                       @SaneDate Instant occurredAt,
                       String backdatingReason,
                       @NotBlank String description,
                       List<@NotBlank String> outcomesSought) implements ComplaintCommand {
}
