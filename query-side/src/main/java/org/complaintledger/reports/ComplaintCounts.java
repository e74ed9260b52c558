package org.complaintledger.reports;

/**
 * How many complaints received in a period reached each step, and how many of those steps were on time: the
 * figures behind the annual performance report (8.1, 8.2) and the governing body's updates (9.7). One row per
 * category, and one for all ({@code category} null). Counts only: no personal data.
 */
public record ComplaintCounts(String category,
                              long received,
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
                              long referredToOmbudsman) {
}
