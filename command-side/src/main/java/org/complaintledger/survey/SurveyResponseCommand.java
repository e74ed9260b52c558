package org.complaintledger.survey;

import org.complaintledger.ledger.LedgerCommand;

/** A step on the record of a survey response in which a resident expressed dissatisfaction (1.6). */
public interface SurveyResponseCommand extends LedgerCommand {

    String responseId();

    @Override
    default String recordId() {
        return responseId();
    }
}
