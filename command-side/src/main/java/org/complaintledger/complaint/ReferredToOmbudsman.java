package org.complaintledger.complaint;

import java.time.Instant;

/** The complaint went to the Housing Ombudsman (3.7). */
public record ReferredToOmbudsman(String complaintId,
                                  Instant occurredAt,
                                  String backdatingReason,
                                  String ombudsmanReference) implements ComplaintEvent {
}
