package org.complaintledger.complaint;

import java.time.Instant;
import org.complaintledger.personaldata.PersonalData;

/** A remedy was offered outside a stage response: a complaint can be remedied at any stage (5.13). */
public record RemedyOffered(String complaintId,
                            Instant occurredAt,
                            @PersonalData String backdatingReason,
                            TrackedRemedy remedy) implements ComplaintEvent {
}
