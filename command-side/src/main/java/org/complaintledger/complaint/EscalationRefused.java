package org.complaintledger.complaint;

import java.time.Instant;
import org.complaintledger.code.Stage;
import org.complaintledger.personaldata.PersonalData;

/** The landlord refused to escalate, for a section 2 reason (5.11), telling the resident why and of the Ombudsman. */
public record EscalationRefused(String complaintId,
                                Instant occurredAt,
                                @PersonalData String backdatingReason,
                                Stage toStage,
                                RefusalReason reason,
                                @PersonalData String explanation,
                                boolean residentToldOfOmbudsmanRight) implements ComplaintEvent {
}
