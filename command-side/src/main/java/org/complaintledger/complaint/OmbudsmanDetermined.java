package org.complaintledger.complaint;

import java.time.Instant;
import java.util.List;
import org.complaintledger.personaldata.PersonalData;

/** The Ombudsman's determination: a finding per defined complaint, each with its id, and any orders (8.1 c, 9.7 c). */
public record OmbudsmanDetermined(String complaintId,
                                  Instant occurredAt,
                                  @PersonalData String backdatingReason,
                                  List<Ombudsman.DeterminedFinding> findings,
                                  List<Ombudsman.TrackedOrder> orders) implements ComplaintEvent {
}
