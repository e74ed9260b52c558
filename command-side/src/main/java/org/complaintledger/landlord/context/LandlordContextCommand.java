package org.complaintledger.landlord.context;

import org.complaintledger.ledger.LedgerCommand;

/** A step on the landlord's context: there is one landlord to a ledger, so every such step goes on its one record. */
public interface LandlordContextCommand extends LedgerCommand {

    @Override
    default String recordId() {
        return LandlordContext.ID;
    }
}
