package org.complaintledger.investigatoraccess;

import java.time.Instant;

/** A complaints officer ended a grant before it expired. */
public record InvestigatorAccessRevoked(String grantId,
                                        String complaintId,
                                        String investigator,
                                        String revokedBy,
                                        String reason,
                                        Instant revokedAt) implements InvestigatorAccessEvent {
}
