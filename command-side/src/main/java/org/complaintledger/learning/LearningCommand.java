package org.complaintledger.learning;

import org.complaintledger.ledger.LedgerCommand;

/** A step on one record of learning from complaints and the service improvement it led to (9.1-9.3). */
public interface LearningCommand extends LedgerCommand {

    String learningId();

    @Override
    default String recordId() {
        return learningId();
    }
}
