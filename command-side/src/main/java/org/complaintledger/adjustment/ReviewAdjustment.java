package org.complaintledger.adjustment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;
import org.complaintledger.review.ResidentRecordCommand;

/**
 * Review a disability disclosed or an adjustment agreed, keeping it under active review (5.10).
 *
 * @param residentId    the resident whose record it must be
 * @param description   the adjustment as changed: required for CHANGED, refused otherwise
 * @param nextReviewDue required unless ENDED, after the day of the review
 */
public record ReviewAdjustment(@TargetAggregateIdentifier @NotBlank String adjustmentId,
                               @NotBlank String residentId,
                               @SaneDate Instant occurredAt,
                               String backdatingReason,
                               @NotNull AdjustmentReviewOutcome outcome,
                               @NotBlank String note,
                               String description,
                               @SaneDate LocalDate nextReviewDue,
                               @NotBlank String reviewedBy) implements ResidentRecordCommand {

    @Override
    public String recordId() {
        return adjustmentId;
    }
}
