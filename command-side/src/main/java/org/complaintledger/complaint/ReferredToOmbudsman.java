package org.complaintledger.complaint;

import java.time.Instant;
import org.complaintledger.personaldata.PersonalData;

/** The complaint went to the Housing Ombudsman (3.7). */
public record ReferredToOmbudsman(String complaintId,
                                  Instant occurredAt,
                                  @PersonalData String backdatingReason,
                                  String ombudsmanReference) implements ComplaintEvent {
}
