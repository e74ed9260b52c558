package org.complaintledger.landlord.exceptional;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The landlord could not comply with the Code from {@code from} because of exceptional circumstances (8.5).
 *
 * @param until                      the last day of the period, or null while it lasts
 * @param expectedReturnToCompliance the timescale for returning to compliance given (8.5), or null
 * @param ombudsmanNotifiedOn        when the Ombudsman was told, or null until it is
 */
public record ExceptionalCircumstancesRecorded(String periodId,
                                               Instant occurredAt,
                                               String backdatingReason,
                                               LocalDate from,
                                               LocalDate until,
                                               String whatHappened,
                                               LocalDate expectedReturnToCompliance,
                                               LocalDate ombudsmanNotifiedOn,
                                               String recordedBy) implements ExceptionalCircumstancesEvent {
}
