package org.complaintledger.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.complaintledger.code.Stage;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** Acknowledge, define and log a stage (5.6, 5.7, 6.2, 6.11). */
public record AcknowledgeStage(@TargetAggregateIdentifier @NotBlank String complaintId,
                               @SaneDate Instant occurredAt,
                               String backdatingReason,
                               @NotNull Stage stage,
                               @NotNull @Valid ComplaintDefinition definition,
                               @NotNull List<@NotBlank String> responsibleFor,
                               @NotNull List<@NotBlank String> notResponsibleFor,
                               @NotBlank String handler) implements ComplaintCommand {
}
