package org.complaintledger.complaint;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** Record that the complaint went to the Housing Ombudsman (3.7). */
public record ReferToOmbudsman(@TargetAggregateIdentifier @NotBlank String complaintId,
                               @SaneDate Instant occurredAt,
                               String backdatingReason,
                               String ombudsmanReference) implements ComplaintCommand {
}
