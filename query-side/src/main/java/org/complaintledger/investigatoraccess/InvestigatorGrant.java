package org.complaintledger.investigatoraccess;

import java.time.Instant;

/**
 * One grant of read access to a complaint's record as its officers see it.
 *
 * @param inForce not revoked and not yet expired: the investigator may read the record now
 * @param reads   how many times the investigator read the record under this grant (each read is an event)
 */
public record InvestigatorGrant(String id,
                                String complaintId,
                                String investigator,
                                String grantedBy,
                                String reason,
                                Instant grantedAt,
                                Instant expiresAt,
                                boolean inForce,
                                Instant revokedAt,
                                String revokedBy,
                                int reads,
                                Instant lastReadAt) {
}
