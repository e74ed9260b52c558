package org.complaintledger.landlord.context;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.ledger.SaneDate;

/**
 * Put on record which body is the landlord's governing body (or equivalent, e.g. a council's committee) from when
 * (9.5, 9.6): the body the MRC sits on and that receives the complaint reports. A change is a new record.
 */
public record RecordGoverningBody(@NotBlank String name,
                                  @NotNull @SaneDate LocalDate from,
                                  @NotBlank String recordedBy,
                                  @SaneDate Instant occurredAt,
                                  String backdatingReason) implements LandlordContextCommand {
}
