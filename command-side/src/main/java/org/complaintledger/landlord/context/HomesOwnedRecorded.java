package org.complaintledger.landlord.context;

import java.time.Instant;

/**
 * The homes the landlord owned in a financial year went on the record (CH01's denominator).
 *
 * @param financialYear    the year starting 1 April of this calendar year
 * @param supersedes       the figure this one corrects, or null when it is the year's first
 * @param correctionReason why the earlier figure was wrong; null for the year's first
 */
public record HomesOwnedRecorded(String landlordId,
                                 Instant occurredAt,
                                 String backdatingReason,
                                 int financialYear,
                                 Homes homes,
                                 Homes supersedes,
                                 String correctionReason,
                                 String recordedBy) implements LandlordContextEvent {
}
