package org.complaintledger.reports.tsm;

import java.math.BigDecimal;
import java.util.List;

/**
 * The Tenant Satisfaction Measures on complaints for a financial year, with every count behind each figure so a reader
 * can redo the arithmetic: CH01 (stage 1 and stage 2 complaints received per 1,000 homes, low-cost rental and low-cost
 * home ownership apart) and CH02 (the share of stage 1 and stage 2 responses within the Code's timescales, in both
 * readings), what each leaves out and why, and the counts by Code version. Counts and complaint ids only: no personal
 * data. Each list row starts with a text naming it, so the "as at" comparison matches a row with itself.
 *
 * @param publishedReading which CH02 reading the landlord publishes ({@link PublishedReading})
 * @param homesOwned       the year's homes owned, the CH01 denominators; null when none is recorded
 * @param missingInputs    what a figure could not be computed for want of (then that figure is null)
 */
public record TenantSatisfactionMeasures(PublishedReading publishedReading,
                                         String publishedReadingMeans,
                                         String rounding,
                                         HomesOwned homesOwned,
                                         List<String> missingInputs,
                                         List<ComplaintsReceived> ch01,
                                         List<RespondedInTime> ch02,
                                         List<ByCodeVersion> byCodeVersion,
                                         List<Exclusion> excluded) {

    public static final String LOW_COST_RENTAL = "LOW_COST_RENTAL";
    public static final String LOW_COST_HOME_OWNERSHIP = "LOW_COST_HOME_OWNERSHIP";

    /** The year's homes owned as last recorded, and how many corrections that took. */
    public record HomesOwned(int lowCostRental, int lowCostHomeOwnership, int corrections) {

        public int of(String tenure) {
            return LOW_COST_RENTAL.equals(tenure) ? lowCostRental : lowCostHomeOwnership;
        }
    }

    /**
     * CH01 for one stage: {@code received = refused + tenureNotRecorded + counted}, and {@code counted} is the sum of
     * the tenures' counted; withdrawn complaints are among the counted.
     */
    public record ComplaintsReceived(String stage, long received, long refused, long withdrawn,
                                     long tenureNotRecorded, long counted, List<PerThousandHomes> byTenure) {
    }

    /**
     * One tenure's CH01 figure: {@code counted = received - refused}, per 1,000 of its homes; null with
     * {@code notComputedBecause} when the homes are not recorded or are none.
     */
    public record PerThousandHomes(String tenure, long received, long refused, long withdrawn, long counted,
                                   Integer homesOwned, BigDecimal perThousandHomes, String notComputedBecause) {
    }

    /**
     * CH02 for one stage: the responses issued in the year, how many had an extension and how many an extension
     * beyond the Code's limit without a good reason, and the share in time in each reading and in the published one.
     */
    public record RespondedInTime(String stage, long responded, long extended, long extendedBeyondLimitWithoutGoodReason,
                                  Reading asExtended, Reading againstOriginal, Reading published) {
    }

    /** {@code inTime / responded} as a percentage; null with {@code notComputedBecause} when nothing was responded. */
    public record Reading(String reading, long inTime, long responded, BigDecimal percent, String notComputedBecause) {
    }

    /** The counts of one Code version (the 2022 and 2024 Codes apply side by side in a year of the change). */
    public record ByCodeVersion(String codeVersion, StageCounts stageOne, StageCounts stageTwo) {
    }

    public record StageCounts(long received, long counted, long responded, long inTimeAsExtended,
                              long inTimeAgainstOriginal) {
    }

    /**
     * Complaints a measure leaves out, for one reason (and refusal ground): {@code label} names the row,
     * {@code why} says why in words.
     */
    public record Exclusion(String label, String measure, int stage, String reason, String ground, String why,
                            long count, List<String> complaintIds) {
    }
}
