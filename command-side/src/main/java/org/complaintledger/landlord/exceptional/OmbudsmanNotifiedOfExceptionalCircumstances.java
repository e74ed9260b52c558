package org.complaintledger.landlord.exceptional;

import java.time.Instant;
import java.time.LocalDate;

/** The landlord told the Ombudsman of the period of exceptional circumstances on {@code notifiedOn} (8.5). */
public record OmbudsmanNotifiedOfExceptionalCircumstances(String periodId,
                                                          Instant occurredAt,
                                                          String backdatingReason,
                                                          LocalDate notifiedOn,
                                                          String recordedBy) implements ExceptionalCircumstancesEvent {
}
