package org.complaintledger.landlord.closure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.ledger.SaneDate;
import org.complaintledger.ledger.LedgerCommand;

/** Withdraw a closure day declared on the ledger: a working day again for deadlines computed afterwards. */
public record WithdrawClosureDay(@NotNull @SaneDate LocalDate day,
                                 @NotBlank String reason,
                                 @NotBlank String withdrawnBy,
                                 @SaneDate Instant occurredAt,
                                 String backdatingReason) implements LedgerCommand {

    @Override
    public String recordId() {
        return ClosureDay.idOf(day);
    }
}
