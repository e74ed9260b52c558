package org.complaintledger.landlord.finding;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The landlord complied with order {@code orderId} of the finding on {@code compliedOn} (9.7c).
 *
 * @param onTime whether that was on or before the order's due date
 */
public record FindingOrderComplied(String findingId,
                                   Instant occurredAt,
                                   String backdatingReason,
                                   String orderId,
                                   LocalDate compliedOn,
                                   boolean onTime,
                                   String evidence,
                                   String recordedBy) implements NonComplianceFindingEvent {
}
