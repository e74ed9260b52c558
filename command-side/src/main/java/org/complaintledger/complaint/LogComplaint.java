package org.complaintledger.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a complaint that was received on the record; {@code occurredAt} is when it was received. */
public record LogComplaint(@TargetAggregateIdentifier @NotBlank String complaintId,
                           Instant occurredAt,
                           String backdatingReason,
                           @NotNull Channel channel,
                           @NotNull @Valid Complainant complainant,
                           @NotBlank String category,
                           @NotBlank String description,
                           @NotEmpty List<@NotBlank String> outcomesSought,
                           LocalDate issueArose,
                           String relatedComplaintId) implements ComplaintCommand {
}
