package org.complaintledger.landlord.finding;

import org.complaintledger.ledger.LedgerCommand;

/** A step on one finding of non-compliance (8.1c): the finding is its record. */
public interface NonComplianceFindingCommand extends LedgerCommand {

    String findingId();

    @Override
    default String recordId() {
        return findingId();
    }
}
