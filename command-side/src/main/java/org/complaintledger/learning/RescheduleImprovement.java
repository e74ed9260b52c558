package org.complaintledger.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/**
 * The service improvement gets a new due date, with the reason; the date it had stays on the record, so a report can
 * show improvements that slipped.
 *
 * @param improvementDue the new due date, not before the day of this step
 */
public record RescheduleImprovement(@TargetAggregateIdentifier @NotBlank String learningId,
                                    @SaneDate Instant occurredAt,
                                    String backdatingReason,
                                    @NotNull @SaneDate LocalDate improvementDue,
                                    @NotBlank String reason,
                                    @NotBlank String rescheduledBy) implements LearningCommand {
}
