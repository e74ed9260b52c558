package org.complaintledger.complaint;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** Agree with the resident how often they will be kept informed (5.9). */
public record AgreeUpdateInterval(@TargetAggregateIdentifier @NotBlank String complaintId,
                                  @SaneDate Instant occurredAt,
                                  String backdatingReason,
                                  @Min(1) @Max(60) int everyWorkingDays,
                                  @NotBlank String arrangement) implements ComplaintCommand {
}
