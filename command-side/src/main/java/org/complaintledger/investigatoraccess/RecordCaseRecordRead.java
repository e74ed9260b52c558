package org.complaintledger.investigatoraccess;

import jakarta.validation.constraints.NotBlank;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put on the record that {@code investigator} is reading the complaint's record now, under this grant. */
public record RecordCaseRecordRead(@TargetAggregateIdentifier @NotBlank String grantId,
                                   @NotBlank String complaintId,
                                   @NotBlank String investigator) {
}
