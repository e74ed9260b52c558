package org.complaintledger.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Put a complaint that was received on the record; {@code occurredAt} is when it was received.
 *
 * @param residentBecameAware when the resident became aware of the issue, if later than it arose: the 12-month
 *                            window runs from the later of the two (2.3)
 * @param windowDiscretion    who decided to accept a complaint received outside that window, and why (2.3)
 */
public record LogComplaint(@TargetAggregateIdentifier @NotBlank String complaintId,
                           Instant occurredAt,
                           String backdatingReason,
                           @NotNull Channel channel,
                           @NotNull @Valid Complainant complainant,
                           @NotBlank String category,
                           @NotBlank String description,
                           @NotEmpty List<@NotBlank String> outcomesSought,
                           LocalDate issueArose,
                           LocalDate residentBecameAware,
                           @Valid WindowDiscretion windowDiscretion,
                           String relatedComplaintId) implements ComplaintCommand {
}
