package org.complaintledger.landlord.exceptional;

import org.complaintledger.ledger.LedgerCommand;

/** A step on one period of exceptional circumstances (8.5): the period is its record. */
public interface ExceptionalCircumstancesCommand extends LedgerCommand {

    String periodId();

    @Override
    default String recordId() {
        return periodId();
    }
}
