package org.complaintledger.restriction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;
import org.complaintledger.review.ResidentRecordCommand;

/**
 * Review a restriction, keeping it under regular review (5.14).
 *
 * @param residentId    the resident whose record it must be
 * @param scope         the restriction as varied: required for VARIED, refused otherwise
 * @param nextReviewDue required unless LIFTED, after the day of the review
 */
public record ReviewRestriction(@TargetAggregateIdentifier @NotBlank String restrictionId,
                                @NotBlank String residentId,
                                @SaneDate Instant occurredAt,
                                String backdatingReason,
                                @NotNull RestrictionReviewOutcome outcome,
                                @NotBlank String note,
                                String scope,
                                @SaneDate LocalDate nextReviewDue,
                                @NotBlank String reviewedBy) implements ResidentRecordCommand {

    @Override
    public String recordId() {
        return restrictionId;
    }
}
