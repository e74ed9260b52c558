package org.complaintledger.learning;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/**
 * The service improvement changes hands, e.g. when its owner leaves or the work moves to another team; an improvement
 * already delivered keeps the owner who delivered it.
 *
 * @param owner  the member of staff or the team now accountable for it
 * @param reason why it changes hands
 */
public record ReassignImprovementOwner(@TargetAggregateIdentifier @NotBlank String learningId,
                                       @SaneDate Instant occurredAt,
                                       String backdatingReason,
                                       @NotBlank String owner,
                                       @NotBlank String reason,
                                       @NotBlank String reassignedBy) implements LearningCommand {
}
