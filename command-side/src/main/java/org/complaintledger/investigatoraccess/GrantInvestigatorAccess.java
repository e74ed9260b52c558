package org.complaintledger.investigatoraccess;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/**
 * Let an investigator read one complaint's record until {@code expiresAt}. The grant is an aggregate of its own, so
 * {@code grantId} is never a complaint's id.
 */
public record GrantInvestigatorAccess(@TargetAggregateIdentifier @NotBlank String grantId,
                                      @NotBlank String complaintId,
                                      @NotBlank String investigator,
                                      @NotNull @SaneDate Instant expiresAt,
                                      @NotBlank String grantedBy,
                                      @NotBlank String reason) {
}
