package org.complaintledger.landlord.finding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/**
 * Put on record a finding of non-compliance with the Code the Ombudsman made about the landlord as a whole (8.1c),
 * not about one complaint: the Ombudsman's reference, the day it was made, the provisions not complied with, what
 * was found, and the orders that follow it, each with its due date.
 */
public record RecordNonComplianceFinding(@TargetAggregateIdentifier @NotBlank String findingId,
                                         @NotBlank String reference,
                                         @NotNull @SaneDate LocalDate madeOn,
                                         @NotEmpty List<@NotNull @Pattern(regexp = "\\d{1,2}\\.\\d{1,2}",
                                                 message = "must be a provision of the Code, e.g. 5.1") String> provisions,
                                         @NotBlank String description,
                                         @NotNull List<@NotNull @Valid FindingOrder> orders,
                                         @NotBlank String recordedBy,
                                         @SaneDate Instant occurredAt,
                                         String backdatingReason) implements NonComplianceFindingCommand {
}
