package org.complaintledger.landlord.context;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.ledger.SaneDate;

/**
 * Put on record the governing body's response to the annual complaints performance and service improvement report
 * for a financial year, which is published alongside the report (8.2).
 */
public record RecordGoverningBodyResponse(@NotNull @Min(value = SaneDate.FIRST_YEAR, message = SaneDate.YEAR_MESSAGE)
                                          @Max(value = SaneDate.LAST_YEAR, message = SaneDate.YEAR_MESSAGE)
                                          Integer financialYear,
                                          @NotBlank String response,
                                          @NotNull @SaneDate LocalDate respondedOn,
                                          @NotBlank String recordedBy,
                                          @SaneDate Instant occurredAt,
                                          String backdatingReason) implements LandlordContextCommand {
}
