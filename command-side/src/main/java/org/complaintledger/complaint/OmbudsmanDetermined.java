package org.complaintledger.complaint;

import java.time.Instant;
import java.util.List;

/** The Ombudsman's determination: a finding per defined complaint and any orders (8.1 c, 9.7 c). */
public record OmbudsmanDetermined(String complaintId,
                                  Instant occurredAt,
                                  String backdatingReason,
                                  List<Ombudsman.DefinedComplaintFinding> findings,
                                  List<Ombudsman.TrackedOrder> orders) implements ComplaintEvent {
}
