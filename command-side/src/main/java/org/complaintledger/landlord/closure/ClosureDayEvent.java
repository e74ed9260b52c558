package org.complaintledger.landlord.closure;

import java.time.LocalDate;
import org.complaintledger.ledger.LedgerEvent;

/**
 * Everything that can happen to one of the landlord's closure days: declared, withdrawn, perhaps declared again.
 * The working-day calendar follows these events; deadlines already written into events never move.
 */
public sealed interface ClosureDayEvent extends LedgerEvent permits ClosureDayDeclared, ClosureDayWithdrawn {

    String closureDayId();

    LocalDate day();
}
