package org.complaintledger.complaint;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** The resident asks for the next stage; they need give no reason (6.12). */
public record RequestEscalation(@TargetAggregateIdentifier @NotBlank String complaintId,
                                @SaneDate Instant occurredAt,
                                String backdatingReason,
                                String residentsWords) implements ComplaintCommand {
}
