package org.complaintledger.investigatoraccess;

import jakarta.validation.constraints.NotBlank;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Put on the record that {@code investigator} is reading the complaint's record now, under this grant.
 *
 * @param caseBundleTreeSize when the read is a case bundle (5.12), the tree size of the signed checkpoint it is
 *                           proven in; null for a read of the events or the case record page
 */
public record RecordCaseRecordRead(@TargetAggregateIdentifier @NotBlank String grantId,
                                   @NotBlank String complaintId,
                                   @NotBlank String investigator,
                                   Long caseBundleTreeSize) {

    /** A read of the events or the case record page. */
    public RecordCaseRecordRead(String grantId, String complaintId, String investigator) {
        this(grantId, complaintId, investigator, null);
    }
}
