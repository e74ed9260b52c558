package org.complaintledger.reports.selfassessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One provision's figure for the year. {@code what} comes first and is unique in the report, so that a figure is named
 * by it when an "as at" reading is compared with today's.
 *
 * @param what        what is counted, in the Code's words, with the Code version where it matters
 * @param provision   the provision of that Code version, e.g. 6.2 (2024) or 4.1 (2022)
 * @param codeVersion the Code version the complaints counted were received under; null: complaints of any version
 * @param reading     a test each counted case meets or not, a breakdown (a share, which no case fails), or a provision
 *                    the ledger cannot evidence
 * @param figure      numerator as a percentage of denominator, to one place; null with no denominator
 * @param breachCount how many counted cases did not meet it
 * @param breaches    the ids of those cases (complaints, or a resident's records for 5.10 and 5.14), at most
 *                    {@value #BREACHES_LISTED}
 * @param note        how the figure is read, or why the ledger cannot evidence the provision
 */
public record Evidence(String what,
                       String provision,
                       String codeVersion,
                       Reading reading,
                       BigDecimal figure,
                       Long numerator,
                       Long denominator,
                       Long breachCount,
                       List<String> breaches,
                       String note) {

    /** More than this are counted, not listed: a report is no case list. */
    public static final int BREACHES_LISTED = 1_000;

    public enum Reading { TEST, BREAKDOWN, NOT_EVIDENCED }

    static Evidence test(String what, String provision, String codeVersion, Tally.Count count, String note) {
        return new Evidence(what, provision, codeVersion, Reading.TEST, percent(count.met(), count.counted()),
                count.met(), count.counted(), count.counted() - count.met(), count.breaches(), note);
    }

    static Evidence breakdown(String what, String provision, long part, long whole, String note) {
        return new Evidence(what, provision, null, Reading.BREAKDOWN, percent(part, whole), part, whole, null,
                List.of(), note);
    }

    static Evidence notEvidenced(String what, String provision, String why) {
        return new Evidence(what, provision, null, Reading.NOT_EVIDENCED, null, null, null, null, List.of(), why);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
