package org.complaintledger.landlord.closure;

import java.time.Instant;
import java.time.LocalDate;

/** The landlord declared {@code day} a closure day, for {@code reason}. When it was recorded is the event's timestamp. */
public record ClosureDayDeclared(String closureDayId,
                                 Instant occurredAt,
                                 String backdatingReason,
                                 LocalDate day,
                                 String reason,
                                 String declaredBy) implements ClosureDayEvent {
}
