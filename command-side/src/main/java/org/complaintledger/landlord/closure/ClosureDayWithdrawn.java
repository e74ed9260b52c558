package org.complaintledger.landlord.closure;

import java.time.Instant;
import java.time.LocalDate;

/** The closure day {@code day} was withdrawn, for {@code reason}: a working day again from when this was recorded. */
public record ClosureDayWithdrawn(String closureDayId,
                                  Instant occurredAt,
                                  String backdatingReason,
                                  LocalDate day,
                                  String reason,
                                  String withdrawnBy) implements ClosureDayEvent {
}
