package org.complaintledger.landlord.exceptional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** Close an open period of exceptional circumstances: {@code until} is its last day (8.5). */
public record EndExceptionalCircumstances(@TargetAggregateIdentifier @NotBlank String periodId,
                                          @NotNull @SaneDate LocalDate until,
                                          @NotBlank String recordedBy,
                                          @SaneDate Instant occurredAt,
                                          String backdatingReason) implements ExceptionalCircumstancesCommand {
}
