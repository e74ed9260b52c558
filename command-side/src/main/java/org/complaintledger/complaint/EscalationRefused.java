package org.complaintledger.complaint;

import java.time.Instant;
import org.complaintledger.code.Stage;

/** The landlord refused to escalate, for a section 2 reason (5.11), telling the resident why and of the Ombudsman. */
public record EscalationRefused(String complaintId,
                                Instant occurredAt,
                                String backdatingReason,
                                Stage toStage,
                                RefusalReason reason,
                                String explanation,
                                boolean residentToldOfOmbudsmanRight) implements ComplaintEvent {
}
