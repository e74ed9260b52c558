package org.complaintledger.complaint;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The resident asks for the next stage; they need give no reason (6.12). */
public record RequestEscalation(@TargetAggregateIdentifier @NotBlank String complaintId,
                                Instant occurredAt,
                                String backdatingReason,
                                String residentsWords) implements ComplaintCommand {
}
