package org.complaintledger.landlord.exceptional;

import java.time.Instant;
import java.time.LocalDate;

/** A period of exceptional circumstances ended: {@code until} was its last day (8.5). */
public record ExceptionalCircumstancesEnded(String periodId,
                                            Instant occurredAt,
                                            String backdatingReason,
                                            LocalDate until,
                                            String recordedBy) implements ExceptionalCircumstancesEvent {
}
