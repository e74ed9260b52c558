package org.complaintledger.investigatoraccess;

import jakarta.validation.constraints.NotBlank;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End a grant before it expires; {@code complaintId} is the complaint the caller believes it is for. */
public record RevokeInvestigatorAccess(@TargetAggregateIdentifier @NotBlank String grantId,
                                       @NotBlank String complaintId,
                                       @NotBlank String revokedBy,
                                       String reason) {
}
