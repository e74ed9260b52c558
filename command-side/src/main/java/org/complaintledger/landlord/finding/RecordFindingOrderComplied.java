package org.complaintledger.landlord.finding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** Put on record that the landlord complied with one order of a finding, on which day, and how (9.7c). */
public record RecordFindingOrderComplied(@TargetAggregateIdentifier @NotBlank String findingId,
                                         @NotBlank String orderId,
                                         @NotNull @SaneDate LocalDate compliedOn,
                                         @NotBlank String evidence,
                                         @NotBlank String recordedBy,
                                         @SaneDate Instant occurredAt,
                                         String backdatingReason) implements NonComplianceFindingCommand {
}
