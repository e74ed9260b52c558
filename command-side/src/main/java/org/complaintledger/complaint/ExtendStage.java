package org.complaintledger.complaint;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.complaintledger.code.Stage;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/**
 * Move a stage's response deadline (6.4, 6.5, 6.15, 6.16; 2022 5.1, 5.13, 5.18).
 *
 * @param toConvenePanel the extra time is to convene a panel: the only ground for extending 2022 stage 3 (5.18);
 *                       absent means it is not
 */
public record ExtendStage(@TargetAggregateIdentifier @NotBlank String complaintId,
                          @SaneDate Instant occurredAt,
                          String backdatingReason,
                          @NotNull Stage stage,
                          @NotNull @SaneDate LocalDate newResponseDue,
                          @NotBlank String reason,
                          boolean residentInformed,
                          boolean ombudsmanContactDetailsGiven,
                          String goodReason,
                          Boolean toConvenePanel) implements ComplaintCommand {
}
