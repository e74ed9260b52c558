package org.complaintledger.review;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.NotOnRecord;
import org.complaintledger.code.Timescales;
import org.complaintledger.ledger.RecordedLate;

/**
 * A resident's record the Code requires kept under review: reasonable adjustments agreed and disabilities disclosed
 * (5.10), restrictions for unacceptable behaviour (5.14). What its decisions rest on, rebuilt from its events through
 * {@link #opened} and {@link #reviewed}, and the checks every such record shares: whose it is, whether it is still in
 * force, when a step on it happened and when it is next to be reviewed.
 *
 * <p>The Code sets no longest interval between reviews ("active", "regular" review), so the ledger sets none either:
 * it asks only that a record in force always has a review date after the day of its latest step.
 */
public final class UnderReview {

    private final String what;
    private final String provision;
    private final String endedRule;
    private String residentId;
    private Instant lastStepAt;
    private LocalDate reviewDue;
    private boolean ended;

    /**
     * @param what      how refusals name the record: "adjustment", "restriction"
     * @param provision the provision the duty to review comes from
     * @param endedAs   what the review that ends the record calls it: "ended", "lifted"
     */
    public UnderReview(String what, String provision, String endedAs) {
        this.what = what;
        this.provision = provision;
        this.endedRule = what + "-" + endedAs;
    }

    public void opened(String residentId, Instant at, LocalDate reviewDue) {
        this.residentId = residentId;
        this.lastStepAt = at;
        this.reviewDue = reviewDue;
    }

    /** A review at {@code at}; {@code nextReviewDue} is null when the review ended the record. */
    public void reviewed(Instant at, LocalDate nextReviewDue) {
        this.lastStepAt = at;
        this.reviewDue = nextReviewDue;
        this.ended = nextReviewDue == null;
    }

    /**
     * When a new record's first step happened, checked: not in the future, recorded late only with a reason, and
     * with a review date after that day.
     */
    public Instant opening(ResidentRecordCommand cmd, LocalDate reviewDue, Timescales time) {
        Instant at = RecordedLate.occurrence(cmd, time);
        requireAfterDayOf(at, "reviewDue", reviewDue, time);
        return at;
    }

    /**
     * A review of this record, checked: the record is the resident's and still in force, the review is not before
     * the record's latest step, and it sets the next review date unless it ends the record.
     */
    public Review review(ResidentRecordCommand cmd, boolean ends, LocalDate nextReviewDue, Timescales time) {
        if (residentId == null || !residentId.equals(cmd.residentId())) {
            throw notOnRecord(what, cmd.recordId(), cmd.residentId());
        }
        if (ended) {
            throw new CodeRuleBroken(endedRule, null, "the " + what + " is no longer in force: nothing more is "
                    + "reviewed; record a new " + what + " if one is needed again");
        }
        Instant at = RecordedLate.occurrence(cmd, time);
        if (at.isBefore(lastStepAt)) {
            throw new InvalidField("occurredAt", "must not be before the " + what + "'s previous step, at " + lastStepAt);
        }
        if (ends && nextReviewDue != null) {
            throw new InvalidField("nextReviewDue", "must be empty: a " + what + " no longer in force is not reviewed");
        }
        if (!ends) {
            requireAfterDayOf(at, "nextReviewDue", nextReviewDue, time);
        }
        return new Review(at, reviewDue, time.onTime(at, reviewDue));
    }

    /** A field that belongs only with one outcome or kind: required (when {@code required}) there, refused elsewhere. */
    public static void onlyWhen(boolean applies, boolean required, String field, String value, String when) {
        if (applies && required && (value == null || value.isBlank())) {
            throw new InvalidField(field, "is required when " + when);
        }
        if (!applies && value != null) {
            throw new InvalidField(field, "must be empty unless " + when);
        }
    }

    /** A record that is not this resident's is not on their record, whether or not it exists: 404, never 409. */
    public static NotOnRecord notOnRecord(String what, String recordId, String residentId) {
        return new NotOnRecord("no " + what + " '" + recordId + "' on the record of resident '" + residentId + "'");
    }

    /** Kept under review means a date to review it by, after the day of the step that sets it. */
    private void requireAfterDayOf(Instant at, String field, LocalDate due, Timescales time) {
        LocalDate day = time.dayOf(at);
        if (due == null) {
            throw new InvalidField(field, "is required: the record must be kept under review (" + provision + ")");
        }
        if (!due.isAfter(day)) {
            throw new InvalidField(field, "must be after " + day + ", the day of this step (" + provision + ")");
        }
    }
}
