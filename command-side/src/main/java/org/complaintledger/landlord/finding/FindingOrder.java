package org.complaintledger.landlord.finding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.complaintledger.ledger.SaneDate;

/** One order that follows a finding: what the landlord must do, by when; {@code orderId} is unique within the finding. */
public record FindingOrder(@NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}",
                                   message = "must be 1 to 64 letters, digits or . _ : -") String orderId,
                           @NotBlank String description,
                           @NotNull @SaneDate LocalDate dueOn) {
}
