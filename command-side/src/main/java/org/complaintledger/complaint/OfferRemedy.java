package org.complaintledger.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** Offer a remedy at any point of the complaint (5.13, 7.1–7.3). */
public record OfferRemedy(@TargetAggregateIdentifier @NotBlank String complaintId,
                          @SaneDate Instant occurredAt,
                          String backdatingReason,
                          @NotNull @Valid Remedy remedy) implements ComplaintCommand {
}
