package org.complaintledger.landlord.closure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.ledger.SaneDate;
import org.complaintledger.ledger.LedgerCommand;

/**
 * Declare {@code day} a closure day of the landlord: not a working day for the Code's timescales from the moment this
 * is committed, for every deadline computed afterwards. Deadlines already on the record do not move.
 */
public record DeclareClosureDay(@NotNull @SaneDate LocalDate day,
                                @NotBlank String reason,
                                @NotBlank String declaredBy,
                                @SaneDate Instant occurredAt,
                                String backdatingReason) implements LedgerCommand {

    @Override
    public String recordId() {
        return ClosureDay.idOf(day);
    }
}
