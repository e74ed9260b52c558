package org.complaintledger.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** Put supporting documentation such as a report or survey on the record (5.12). */
public record AttachDocument(@TargetAggregateIdentifier @NotBlank String complaintId,
                             @SaneDate Instant occurredAt,
                             String backdatingReason,
                             @NotNull DocumentKind kind,
                             @NotNull @Valid DocumentRef document,
                             String description) implements ComplaintCommand {
}
