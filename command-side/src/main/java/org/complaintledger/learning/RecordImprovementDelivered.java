package org.complaintledger.learning;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/**
 * The service improvement was delivered (8.1d: the annual report lists service improvements made from learning);
 * {@code occurredAt} is when it was delivered.
 *
 * @param delivered what was delivered, which may differ from what was planned
 */
public record RecordImprovementDelivered(@TargetAggregateIdentifier @NotBlank String learningId,
                                         @SaneDate Instant occurredAt,
                                         String backdatingReason,
                                         @NotBlank String delivered,
                                         @NotBlank String recordedBy) implements LearningCommand {
}
