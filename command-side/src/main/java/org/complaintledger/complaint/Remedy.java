package org.complaintledger.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.complaintledger.ledger.SaneDate;

/**
 * A remedy as offered: what will happen and by when (7.3).
 *
 * @param amountPence for a financial remedy, the sum in pence
 */
public record Remedy(@NotNull RemedyType type,
                     @NotBlank String description,
                     @PositiveOrZero Long amountPence,
                     @NotNull @SaneDate LocalDate dueBy) {

    TrackedRemedy tracked(String actionId) {
        return new TrackedRemedy(actionId, type, description, amountPence, dueBy);
    }
}
