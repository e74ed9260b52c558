package org.complaintledger.restriction;

import static org.complaintledger.review.RecordFixture.RESIDENT;

import java.time.Instant;
import java.time.LocalDate;

/** Test data: a restriction imposed on Friday 30 May 2025 and its reviews; now is Monday 2 June. */
final class RestrictionSteps {

    static final String ID = "X-1";
    /** Friday 30 May 2025, 10:00 in London. */
    static final Instant IMPOSED = Instant.parse("2025-05-30T09:00:00Z");
    static final LocalDate REVIEW_DUE = LocalDate.of(2025, 8, 29);
    static final LocalDate NEXT_REVIEW_DUE = LocalDate.of(2025, 11, 28);
    static final String REASONS = "abusive calls to the repairs team on 12, 14 and 20 May";
    static final String SCOPE = "contact by email only, to a single point of contact";
    static final String PROPORTIONALITY = "email suits the resident's hearing impairment; repairs still reported by email";
    static final String DECIDED_BY = "Carla Mendes";
    static final String REVIEWED_BY = "Dev Patel";
    static final String NOTE = "no further incidents reported";

    private RestrictionSteps() {
    }

    static ImposeRestriction impose(Instant at, boolean residentInformed, LocalDate reviewDue) {
        return new ImposeRestriction(ID, RESIDENT, at, null, REASONS, SCOPE, PROPORTIONALITY, residentInformed, reviewDue,
                DECIDED_BY);
    }

    static ImposeRestriction impose() {
        return impose(IMPOSED, true, REVIEW_DUE);
    }

    static RestrictionImposed imposed() {
        return new RestrictionImposed(ID, IMPOSED, null, RESIDENT, REASONS, SCOPE, PROPORTIONALITY, true, REVIEW_DUE,
                DECIDED_BY);
    }

    static ReviewRestriction review(String residentId, RestrictionReviewOutcome outcome, String scope,
            LocalDate nextReviewDue) {
        return new ReviewRestriction(ID, residentId, null, null, outcome, NOTE, scope, nextReviewDue, REVIEWED_BY);
    }

    static ReviewRestriction review(RestrictionReviewOutcome outcome, String scope, LocalDate nextReviewDue) {
        return review(RESIDENT, outcome, scope, nextReviewDue);
    }

    static RestrictionReviewed reviewed(Instant at, RestrictionReviewOutcome outcome, String scope,
            LocalDate nextReviewDue) {
        return new RestrictionReviewed(ID, at, null, outcome, NOTE, scope, REVIEW_DUE, true, nextReviewDue,
                REVIEWED_BY);
    }
}
