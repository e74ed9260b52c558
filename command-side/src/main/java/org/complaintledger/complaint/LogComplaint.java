package org.complaintledger.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/**
 * Put a complaint that was received on the record; {@code occurredAt} is when it was received.
 *
 * @param category                a code of the category taxonomy in force (9.4), checked by the complaint
 * @param serviceRequestReference the landlord's reference of the service request the complaint arose from (1.4, 1.5)
 * @param residentBecameAware when the resident became aware of the issue, if later than it arose: the 12-month
 *                            window runs from the later of the two (2.3)
 * @param windowDiscretion    who decided to accept a complaint received outside that window, and why (2.3)
 */
public record LogComplaint(@TargetAggregateIdentifier @NotBlank String complaintId,
                           @SaneDate Instant occurredAt,
                           String backdatingReason,
                           @NotNull Channel channel,
                           @NotNull @Valid Complainant complainant,
                           @NotBlank String category,
                           @NotNull(message = "is required: TSM CH01 counts complaints by tenure") Tenure tenure,
                           @NotBlank String description,
                           @NotEmpty List<@NotBlank String> outcomesSought,
                           @SaneDate LocalDate issueArose,
                           @SaneDate LocalDate residentBecameAware,
                           @Valid WindowDiscretion windowDiscretion,
                           String relatedComplaintId,
                           @Size(max = 64, message = "must be at most 64 characters: a service request's reference")
                           @Pattern(regexp = ".*\\S.*", message = "must not be blank when given (1.4)")
                           String serviceRequestReference) implements ComplaintCommand {
}
