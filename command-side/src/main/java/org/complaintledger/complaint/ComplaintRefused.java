package org.complaintledger.complaint;

import java.time.Instant;
import org.complaintledger.personaldata.PersonalData;

/** The complaint was not accepted, for a section 2 reason, with the resident told why and of the Ombudsman (2.4). */
public record ComplaintRefused(String complaintId,
                               Instant occurredAt,
                               @PersonalData String backdatingReason,
                               RefusalReason reason,
                               @PersonalData String explanation,
                               boolean residentToldOfOmbudsmanRight) implements ComplaintEvent {
}
