package org.complaintledger.analysis;

import java.time.LocalDate;

/**
 * One complaint as analysts see it: pseudonyms instead of ids, and no personal data — no names, no free text, not
 * even the service request's reference (only whether there was one, 1.4). Booleans and decisions are null until the
 * step happened, and an acknowledgement's on-time flag stays null where the Code set no deadline (2022 stages 2
 * and 3); tenure and categoryTaxonomy are null where they were not recorded. {@code finalStage} is the last stage of
 * the procedure the complaint follows: 3 where the landlord's procedure had a third stage under the 2022 Code
 * (2022 5.17), otherwise 2 (5.3).
 */
public record AnalysedComplaint(String complaint,
                                String resident,
                                String codeVersion,
                                int finalStage,
                                String channel,
                                String category,
                                String categoryTaxonomy,
                                String tenure,
                                boolean serviceRequest,
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
                                boolean stageThreeRequested,
                                Boolean stageThreeAcknowledgedOnTime,
                                String stageThreeDecision,
                                Boolean stageThreeRespondedOnTime,
                                boolean stageThreeExtendedBeyondLimit,
                                boolean referredToOmbudsman,
                                String ombudsmanFindings,
                                int complaintHandlingFailureOrders,
                                int codeNonComplianceFindings,
                                LocalDate closedOn) {

}
