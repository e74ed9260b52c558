package org.complaintledger.landlord.context;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member of the governing body holds lead responsibility for complaints from {@code from} (9.5), until the next
 * appointment. The name is the one the landlord publishes for the role, not a resident's.
 */
public record MemberResponsibleForComplaintsAppointed(String landlordId,
                                                      Instant occurredAt,
                                                      String backdatingReason,
                                                      String member,
                                                      LocalDate from,
                                                      String recordedBy) implements LandlordContextEvent {
}
