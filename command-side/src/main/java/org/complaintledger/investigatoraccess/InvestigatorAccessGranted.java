package org.complaintledger.investigatoraccess;

import java.time.Instant;

/**
 * A complaints officer let an investigator read one complaint's record until {@code expiresAt}.
 *
 * @param grantedBy the officer's principal name
 * @param reason    why, e.g. the Ombudsman's case reference; it names the investigation, not the resident
 */
public record InvestigatorAccessGranted(String grantId,
                                        String complaintId,
                                        String investigator,
                                        String grantedBy,
                                        String reason,
                                        Instant grantedAt,
                                        Instant expiresAt) implements InvestigatorAccessEvent {
}
