package org.complaintledger.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.complaintledger.ledger.SaneDate;

/** An action still to be done when a response is issued (6.9 f, 6.17). */
public record OutstandingAction(@NotBlank String description, @NotNull @SaneDate LocalDate dueBy) {

    TrackedAction tracked(String actionId) {
        return new TrackedAction(actionId, description, dueBy);
    }
}
