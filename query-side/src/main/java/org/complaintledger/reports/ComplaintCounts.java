package org.complaintledger.reports;

/**
 * How many complaints received in a period reached each step, and how many of those steps were on time: the
 * figures behind the annual performance report (8.1, 8.2) and the governing body's updates (9.7). One row per value
 * of each breakdown asked for ({@link Breakdown}), and one for all: {@code category} is null except in the rows by
 * category, {@code tenure} null except in the rows by tenure (where "not recorded" is {@code NOT_RECORDED}).
 * Counts only: no personal data.
 *
 * <p>An acknowledgement counts towards {@code …Acknowledged} only where the Code set it a deadline: the 2022 Code
 * sets none at stages 2 and 3 (2022 5.13, 5.18), so a 2022 complaint's later acknowledgements are in neither figure.
 * Stage 3 exists only where the landlord's procedure had one under the 2022 Code (2022 5.17);
 * {@code threeStageProcedure} counts the complaints that could go there.
 */
public record ComplaintCounts(String category,
                              String tenure,
                              long received,
                              long threeStageProcedure,
                              long refused,
                              long withdrawn,
                              long stageOneAcknowledged,
                              long stageOneAcknowledgedOnTime,
                              long stageOneResponded,
                              long stageOneRespondedOnTime,
                              long escalationRequested,
                              long stageTwoAcknowledged,
                              long stageTwoAcknowledgedOnTime,
                              long stageTwoResponded,
                              long stageTwoRespondedOnTime,
                              long stageThreeRequested,
                              long stageThreeAcknowledged,
                              long stageThreeAcknowledgedOnTime,
                              long stageThreeResponded,
                              long stageThreeRespondedOnTime,
                              long referredToOmbudsman,
                              long complaintHandlingFailureOrders,
                              long codeNonComplianceFindings) {
}
