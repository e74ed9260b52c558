package org.complaintledger.landlord.finding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Ombudsman found on {@code madeOn} that the landlord did not comply with {@code provisions} of the Code (8.1c),
 * and ordered {@code orders}.
 *
 * @param reference the Ombudsman's reference for the finding
 */
public record NonComplianceFound(String findingId,
                                 Instant occurredAt,
                                 String backdatingReason,
                                 String reference,
                                 LocalDate madeOn,
                                 List<String> provisions,
                                 String description,
                                 List<FindingOrder> orders,
                                 String recordedBy) implements NonComplianceFindingEvent {
}
