package org.complaintledger.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.complaint.Ombudsman.HandlingFailureKind;
import org.complaintledger.complaint.Ombudsman.Order;
import org.complaintledger.ledger.SaneDate;

/**
 * Record the Ombudsman's complaint handling failure order or Code non-compliance finding on this complaint
 * (8.1 c, 9.7 c); {@code occurredAt} is when it was made. It needs no referral and no determination.
 *
 * @param provisions the provisions of the Code concerned, e.g. {@code 5.6}, {@code 6.2}
 */
public record RecordComplaintHandlingFailure(@TargetAggregateIdentifier @NotBlank String complaintId,
                                             @SaneDate Instant occurredAt,
                                             String backdatingReason,
                                             @NotBlank(message = "is required: the Ombudsman's case reference")
                                             String ombudsmanReference,
                                             @NotNull HandlingFailureKind kind,
                                             @NotEmpty(message = "must name the provisions of the Code concerned")
                                             List<@NotNull @Pattern(regexp = "\\d{1,2}\\.\\d{1,2}[a-z]?",
                                                     message = "must be a provision of the Code, e.g. 5.6")
                                                     String> provisions,
                                             @NotBlank String description,
                                             List<@NotNull @Valid Order> orders) implements ComplaintCommand {
}
