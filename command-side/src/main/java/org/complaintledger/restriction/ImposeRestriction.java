package org.complaintledger.restriction;

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
 * Restrict a resident's contact because of unacceptable behaviour; {@code occurredAt} is when it was decided.
 *
 * @param reasons             why: the landlord must be able to evidence them (5.14)
 * @param scope               what contact is restricted, e.g. "contact by email only, to a single point of contact"
 * @param proportionalityNote why the restriction is proportionate, with regard to the Equality Act 2010 (5.15)
 * @param residentInformed    the resident was told of the restriction, the reasons and how it will be reviewed
 * @param reviewDue           when it is to be reviewed, after the day of the decision (5.14)
 */
public record ImposeRestriction(@TargetAggregateIdentifier @NotBlank String restrictionId,
                                @NotNull @Pattern(regexp = Complainant.RESIDENT_ID,
                                        message = "must be 1 to 64 letters, digits or . _ : -") String residentId,
                                @SaneDate Instant occurredAt,
                                String backdatingReason,
                                @NotBlank String reasons,
                                @NotBlank String scope,
                                @NotBlank String proportionalityNote,
                                boolean residentInformed,
                                @NotNull @SaneDate LocalDate reviewDue,
                                @NotBlank String decidedBy) implements ResidentRecordCommand {

    @Override
    public String recordId() {
        return restrictionId;
    }
}
