package org.complaintledger.landlord.exceptional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** Put on record the day the landlord told the Ombudsman of a period of exceptional circumstances (8.5). */
public record RecordOmbudsmanNotified(@TargetAggregateIdentifier @NotBlank String periodId,
                                      @NotNull @SaneDate LocalDate notifiedOn,
                                      @NotBlank String recordedBy,
                                      @SaneDate Instant occurredAt,
                                      String backdatingReason) implements ExceptionalCircumstancesCommand {
}
