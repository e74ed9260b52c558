package org.complaintledger.adjustment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.complaint.Complainant;
import org.complaintledger.ledger.SaneDate;
import org.complaintledger.review.ResidentRecordCommand;

/**
 * Put on a resident's record a disability they disclosed or a reasonable adjustment agreed with them (5.10);
 * {@code occurredAt} is when it was disclosed or agreed.
 *
 * @param agreedWith  who the adjustment was agreed with, e.g. the resident's carer (only for ADJUSTMENT_AGREED)
 * @param disclosedBy who disclosed the disability, e.g. the resident's representative (only for DISABILITY_DISCLOSED)
 * @param reviewDue   when it is next to be reviewed, after the day it was recorded
 */
public record RecordAdjustment(@TargetAggregateIdentifier @NotBlank String adjustmentId,
                               @NotNull @Pattern(regexp = Complainant.RESIDENT_ID,
                                       message = "must be 1 to 64 letters, digits or . _ : -") String residentId,
                               @SaneDate Instant occurredAt,
                               String backdatingReason,
                               @NotNull AdjustmentKind kind,
                               @NotBlank String description,
                               String agreedWith,
                               String disclosedBy,
                               @NotNull @SaneDate LocalDate reviewDue,
                               @NotBlank String recordedBy) implements ResidentRecordCommand {

    @Override
    public String recordId() {
        return adjustmentId;
    }
}
