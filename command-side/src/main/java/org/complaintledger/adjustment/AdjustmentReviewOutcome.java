package org.complaintledger.adjustment;

/** What a review of an adjustment or disclosure decided (5.10: kept under active review). */
public enum AdjustmentReviewOutcome {
    /** Still needed as it stands. */
    CONTINUED,
    /** Still needed, in a changed form: the review carries the new description. */
    CHANGED,
    /** No longer needed: the record stays, but is no longer reviewed. */
    ENDED
}
