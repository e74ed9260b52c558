package org.complaintledger.landlord.exceptional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/**
 * Put on record a period in which the landlord cannot comply with the Code because of exceptional circumstances
 * (8.5): from when, until when (empty while it lasts), what happened, the expected return to compliance, and the day
 * the Ombudsman was told (empty until then).
 */
public record RecordExceptionalCircumstances(@TargetAggregateIdentifier @NotBlank String periodId,
                                             @NotNull @SaneDate LocalDate from,
                                             @SaneDate LocalDate until,
                                             @NotBlank String whatHappened,
                                             @SaneDate LocalDate expectedReturnToCompliance,
                                             @SaneDate LocalDate ombudsmanNotifiedOn,
                                             @NotBlank String recordedBy,
                                             @SaneDate Instant occurredAt,
                                             String backdatingReason) implements ExceptionalCircumstancesCommand {
}
