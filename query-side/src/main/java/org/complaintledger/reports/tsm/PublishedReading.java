package org.complaintledger.reports.tsm;

/**
 * Which reading of CH02's "within the Code's timescales" the landlord publishes (setting
 * {@code complaint-ledger.reports.tsm.published-reading}): the report shows both, side by side, and says which one.
 */
public enum PublishedReading {
    /** Within the deadline as extended by valid extensions (6.4, 6.15; 2022 5.1, 5.13, 5.18): the common reading. */
    AS_EXTENDED("within the deadline as extended by extensions within the Code's limit or with a good reason"),
    /** Within the deadline the stage first had, whatever was agreed later. */
    AGAINST_ORIGINAL("within the stage's original deadline, before any extension");

    private final String means;

    PublishedReading(String means) {
        this.means = means;
    }

    public String means() {
        return means;
    }
}
