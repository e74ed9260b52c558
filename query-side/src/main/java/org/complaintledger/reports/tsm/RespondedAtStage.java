package org.complaintledger.reports.tsm;

import java.util.List;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.Reading;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.RespondedInTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stage 1 and stage 2 responses issued in a year (a response counts in the period it was issued), by Code
 * version: each counted against the deadlines its own Code set, which its events recorded.
 */
record RespondedAtStage(int stage, String codeVersion, long responded, long extended,
                        long extendedBeyondLimitWithoutGoodReason, long inTimeAsExtended, long inTimeAgainstOriginal) {

    /**
     * In time against the original deadline. A response recorded before the ledger kept that flag reads it from its
     * deadline as in force when nothing extended it, and as late otherwise (the original is then unknown).
     */
    private static final String AGAINST_ORIGINAL =
            "COALESCE(on_time_against_original, CASE WHEN extensions = 0 THEN on_time_as_extended END, FALSE)";

    /**
     * In time as extended by valid extensions only (6.4, 6.15; 2022 5.1, 5.13, 5.18): an extension beyond the Code's
     * limit without a good reason is no valid extension, so such a stage is in time only if it met its original
     * deadline. The row holds one verdict for all the stage's extensions, so one invalid extension sets aside the
     * valid ones before it too (the stricter reading).
     */
    private static final String AS_EXTENDED = "(on_time_as_extended AND extensions_within_limit_or_with_good_reason) OR "
            + AGAINST_ORIGINAL;

    static List<RespondedAtStage> in(JdbcTemplate jdbc, ReportPeriod year) {
        return jdbc.query("SELECT stage, code_version, count(*) AS responded, "
                        + "count(*) FILTER (WHERE extensions > 0) AS extended, "
                        + "count(*) FILTER (WHERE NOT extensions_within_limit_or_with_good_reason) AS invalid, "
                        + "count(*) FILTER (WHERE " + AS_EXTENDED + ") AS as_extended, "
                        + "count(*) FILTER (WHERE " + AGAINST_ORIGINAL + ") AS against_original "
                        + "FROM timescale_compliance WHERE stage IN (1, 2) AND responded_on BETWEEN ? AND ? "
                        + "GROUP BY stage, code_version",
                (rs, row) -> new RespondedAtStage(rs.getInt("stage"), rs.getString("code_version"),
                        rs.getLong("responded"), rs.getLong("extended"), rs.getLong("invalid"),
                        rs.getLong("as_extended"), rs.getLong("against_original")),
                year.from(), year.to());
    }

    /** CH02 for {@code stage}, all Code versions together, in both readings and the one published. */
    static RespondedInTime ch02(int stage, List<RespondedAtStage> rows, PublishedReading published) {
        List<RespondedAtStage> atStage = rows.stream().filter(r -> r.stage == stage).toList();
        long responded = atStage.stream().mapToLong(RespondedAtStage::responded).sum();
        Reading asExtended = reading(PublishedReading.AS_EXTENDED,
                atStage.stream().mapToLong(RespondedAtStage::inTimeAsExtended).sum(), responded);
        Reading againstOriginal = reading(PublishedReading.AGAINST_ORIGINAL,
                atStage.stream().mapToLong(RespondedAtStage::inTimeAgainstOriginal).sum(), responded);
        return new RespondedInTime("stage " + stage, responded,
                atStage.stream().mapToLong(RespondedAtStage::extended).sum(),
                atStage.stream().mapToLong(RespondedAtStage::extendedBeyondLimitWithoutGoodReason).sum(),
                asExtended, againstOriginal, published == PublishedReading.AS_EXTENDED ? asExtended : againstOriginal);
    }

    private static Reading reading(PublishedReading reading, long inTime, long responded) {
        return responded == 0
                ? new Reading(reading.name(), inTime, 0, null, "no response at this stage was issued in the year")
                : new Reading(reading.name(), inTime, responded, Rates.per(inTime, responded, 100), null);
    }
}
