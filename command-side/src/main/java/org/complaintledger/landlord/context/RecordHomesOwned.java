package org.complaintledger.landlord.context;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.complaintledger.ledger.SaneDate;

/**
 * Put on record the homes the landlord owned in a financial year ({@code financialYear} 2024 is 1 April 2024 to
 * 31 March 2025), the denominator of CH01. A second figure for the same year is a correction: it needs
 * {@code correctionReason} and supersedes the first, which stays on the record.
 */
public record RecordHomesOwned(@NotNull @Min(value = SaneDate.FIRST_YEAR, message = SaneDate.YEAR_MESSAGE)
                               @Max(value = SaneDate.LAST_YEAR, message = SaneDate.YEAR_MESSAGE)
                               Integer financialYear,
                               @NotNull @Valid Homes homes,
                               String correctionReason,
                               @NotBlank String recordedBy,
                               @SaneDate Instant occurredAt,
                               String backdatingReason) implements LandlordContextCommand {
}
