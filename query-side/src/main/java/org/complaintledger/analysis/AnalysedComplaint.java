package org.complaintledger.analysis;

import java.time.LocalDate;

/**
 * One complaint as analysts see it: pseudonyms instead of ids, and no personal data — no names, no free text.
 * Booleans and decisions are null until the step happened; tenure is null where it was not recorded.
 */
public record AnalysedComplaint(String complaint,
                                String resident,
                                String codeVersion,
                                String channel,
                                String category,
                                String tenure,
                                LocalDate receivedOn,
                                boolean beyondRefusalWindow,
                                String status,
                                String refusalReason,
                                Boolean stageOneAcknowledgedOnTime,
                                String stageOneDecision,
                                Boolean stageOneRespondedOnTime,
                                boolean stageOneExtendedBeyondLimit,
                                boolean escalationRequested,
                                Boolean stageTwoAcknowledgedOnTime,
                                String stageTwoDecision,
                                Boolean stageTwoRespondedOnTime,
                                boolean stageTwoExtendedBeyondLimit,
                                boolean referredToOmbudsman,
                                String ombudsmanFindings,
                                LocalDate closedOn) {

}
