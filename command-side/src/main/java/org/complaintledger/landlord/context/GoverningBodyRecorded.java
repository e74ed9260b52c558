package org.complaintledger.landlord.context;

import java.time.Instant;
import java.time.LocalDate;

/** The landlord's governing body (or equivalent) is {@code name} from {@code from} (9.5, 9.6), until the next record. */
public record GoverningBodyRecorded(String landlordId,
                                    Instant occurredAt,
                                    String backdatingReason,
                                    String name,
                                    LocalDate from,
                                    String recordedBy) implements LandlordContextEvent {
}
