package org.complaintledger.restriction;

/** What a review of a restriction decided (5.14: kept under regular review). */
public enum RestrictionReviewOutcome {
    /** Still needed as it stands. */
    CONTINUED,
    /** Still needed, with a changed scope: the review carries the new scope. */
    VARIED,
    /** No longer needed: the resident's contact is no longer restricted. */
    LIFTED
}
