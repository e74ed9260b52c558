package org.complaintledger.reports.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How complaint handling went in one period: the figures the annual complaints performance report (8.1) and the
 * governing body's updates (9.7) share, read from the report read models by {@link PerformanceQueries}. Counts,
 * amounts and enum names only, never personal data. Each list row starts with a text naming it (a month, a category,
 * a stage), so a row is compared with itself across readings ("as at", the previous period).
 *
 * <p>What each figure counts in the period: a stage when it opened (stage 1 received, later stages requested), a
 * response or decision when it was issued, an acknowledgement when it was made, a refusal or withdrawal when it
 * closed the stage, a remedy when offered, an action or improvement when due, an Ombudsman step when it happened.
 */
public record PerformanceFigures(String label,
                                 LocalDate from,
                                 LocalDate to,
                                 Volumes volumes,
                                 List<Month> byMonth,
                                 List<Split> byCategory,
                                 List<Split> byChannel,
                                 List<Split> byTenure,
                                 List<StageOutcomes> outcomesByStage,
                                 List<StageTimeliness> timeliness,
                                 Extensions extensions,
                                 List<RefusalGround> refusalsByGround,
                                 Remedies remedies,
                                 Actions actions,
                                 OmbudsmanFigures ombudsman,
                                 Learning learning) {

    /**
     * Stage 1 complaints received, escalations requested to stages 2 and 3, complaints and escalations refused (that
     * still stand refused), complaints withdrawn, and the escalation rate: stage 2 requests per 100 stage 1
     * complaints received in the period (null when none were received).
     */
    public record Volumes(long stageOneReceived, long stageTwoRequested, long stageThreeRequested, long refused,
                          long escalationsRefused, long withdrawn, BigDecimal escalationRatePercent) {
    }

    /** One calendar month ("2025-04"): stage 1 received, escalations requested, responses issued and in time. */
    public record Month(String month, long received, long escalated, long responded, long respondedOnTime) {
    }

    /** One value of a breakdown (a category, a channel, a tenure; "NOT_RECORDED" where none was). */
    public record Split(String value, long stageOne, long escalations) {
    }

    /** The decisions of the responses issued at one stage ("Stage 1") (6.9 c, 6.19 c). */
    public record StageOutcomes(String stage, long upheld, long partlyUpheld, long notUpheld) {
    }

    /**
     * One stage's timeliness: acknowledgements made that had a deadline and how many in time; responses issued and
     * how many in time as extended by valid extensions and against the original deadline only (6.2-6.4, 6.11-6.15),
     * each also as a share in per cent (null without responses).
     */
    public record StageTimeliness(String stage, long acknowledged, long acknowledgedOnTime, long responded,
                                  long onTimeAsExtended, long onTimeAgainstOriginal,
                                  BigDecimal onTimeAsExtendedPercent, BigDecimal onTimeAgainstOriginalPercent) {
    }

    /**
     * Of the stages responded to in the period: how many were extended, the extensions, and the stages extended
     * beyond the Code's limit, with a good reason and without (6.4, 6.15).
     */
    public record Extensions(long stagesExtended, long extensions, long stagesBeyondLimit,
                             long beyondLimitWithGoodReason, long beyondLimitWithoutGoodReason) {
    }

    /** Complaints and escalations refused on one ground (section 2; 5.11). */
    public record RefusalGround(String ground, long complaints, long escalations) {
    }

    /**
     * Remedies offered in the period by type (7.1), and compensation: the sums offered and, of those, paid (the
     * financial remedies completed), in pence.
     */
    public record Remedies(List<RemedyType> byType, long offered, long compensationOfferedPence,
                           long compensationPaidPence) {
    }

    public record RemedyType(String type, long offered, long completed, long amountOfferedPence) {
    }

    /** Remedies and actions due in the period (6.17, 7.3): completed on time, late, or not yet. */
    public record Actions(long due, long completedOnTime, long completedLate, long outstanding) {
    }

    /**
     * The Ombudsman (8.1 c, 9.7 c): referrals, determinations and their findings, complaint handling failure orders,
     * Code non-compliance findings, and the orders made with their compliance.
     */
    public record OmbudsmanFigures(long referrals, long determinations, List<FindingCount> findings,
                                   long complaintHandlingFailureOrders, long codeNonComplianceFindings,
                                   Orders orders) {
    }

    public record FindingCount(String finding, long count) {
    }

    /** Orders made in the period: complied with on time, late, or outstanding. */
    public record Orders(long made, long compliedOnTime, long compliedLate, long outstanding) {
    }

    /**
     * Learning (9.1-9.3, 8.1 d): lessons recorded, the complaints they were drawn from, and the service improvements
     * due in the period, delivered on time, late, or not yet.
     */
    public record Learning(long recorded, long complaintsLinked, long improvementsDue, long deliveredOnTime,
                           long deliveredLate, long notYetDelivered) {
    }
}
