package org.complaintledger.survey;

import org.complaintledger.ledger.LedgerEvent;

/**
 * Everything that can happen to the record of a survey response that expressed dissatisfaction (1.6). Only the first
 * event names the resident: the record's later events belong to the same data subject.
 */
public sealed interface SurveyResponseEvent extends LedgerEvent
        permits SurveyDissatisfactionRecorded, ResidentToldHowToComplain, SurveyResponseBecameComplaint {

    String responseId();
}
