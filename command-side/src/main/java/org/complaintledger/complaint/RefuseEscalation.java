package org.complaintledger.complaint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** Refuse to escalate, only for a section 2 reason (5.11). */
public record RefuseEscalation(@TargetAggregateIdentifier @NotBlank String complaintId,
                               @SaneDate Instant occurredAt,
                               String backdatingReason,
                               @NotNull RefusalReason reason,
                               @NotBlank String explanation,
                               boolean residentToldOfOmbudsmanRight) implements ComplaintCommand {
}
