package org.complaintledger.adjustment;

import static org.complaintledger.adjustment.AdjustmentReviewOutcome.CHANGED;
import static org.complaintledger.adjustment.AdjustmentReviewOutcome.CONTINUED;
import static org.complaintledger.adjustment.AdjustmentReviewOutcome.ENDED;
import static org.complaintledger.adjustment.AdjustmentSteps.AGREED;
import static org.complaintledger.adjustment.AdjustmentSteps.ID;
import static org.complaintledger.adjustment.AdjustmentSteps.NEXT_REVIEW_DUE;
import static org.complaintledger.adjustment.AdjustmentSteps.REVIEW_DUE;
import static org.complaintledger.adjustment.AdjustmentSteps.agreed;
import static org.complaintledger.adjustment.AdjustmentSteps.review;
import static org.complaintledger.adjustment.AdjustmentSteps.reviewed;
import static org.complaintledger.adjustment.AdjustmentSteps.with;
import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Rejections.notOnRecord;
import static org.complaintledger.complaint.Rejections.violationsOn;
import static org.complaintledger.review.RecordFixture.NOW;
import static org.complaintledger.review.RecordFixture.RESIDENT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.review.RecordFixture;
import org.junit.jupiter.api.Test;

/** An agreed adjustment or a disclosed disability is kept under active review until it ends (5.10). */
class ReviewingAdjustmentsTest {

    private static final String CHANGED_TO = "letters in large print; visits only with her daughter present";

    private final FixtureConfiguration<Adjustment> fixture = RecordFixture.atNow(Adjustment.class);

    private static List<Object> ended() {
        return List.of(agreed(), reviewed(AGREED.plusSeconds(3600), ENDED, null, REVIEW_DUE, true, null));
    }

    @Test
    void reviewContinuesTheAdjustmentToTheNextReviewDate() {
        fixture.given(agreed())
                .when(review(CONTINUED, null, NEXT_REVIEW_DUE))
                .expectEvents(reviewed(NOW, CONTINUED, null, REVIEW_DUE, true, NEXT_REVIEW_DUE));
    }

    @Test
    void reviewAfterTheReviewDateIsRecordedAsLate() {
        LocalDate saturday = LocalDate.of(2025, 5, 31);
        fixture.given(agreed(AGREED, null, saturday))
                .when(review(CONTINUED, null, NEXT_REVIEW_DUE))
                .expectEvents(reviewed(NOW, CONTINUED, null, saturday, false, NEXT_REVIEW_DUE));
    }

    @Test
    void changedAdjustmentCarriesItsNewDescription() {
        fixture.given(agreed())
                .when(review(CHANGED, CHANGED_TO, NEXT_REVIEW_DUE))
                .expectEvents(reviewed(NOW, CHANGED, CHANGED_TO, REVIEW_DUE, true, NEXT_REVIEW_DUE));
    }

    @Test
    void changedAdjustmentNeedsItsNewDescription() {
        fixture.given(agreed())
                .when(review(CHANGED, " ", NEXT_REVIEW_DUE))
                .expectException(invalidField("description"))
                .expectNoEvents();
    }

    @Test
    void onlyAChangedAdjustmentHasANewDescription() {
        fixture.given(agreed())
                .when(review(CONTINUED, CHANGED_TO, NEXT_REVIEW_DUE))
                .expectException(invalidField("description"))
                .expectNoEvents();
    }

    @Test
    void adjustmentStillInForceNeedsANextReviewDate() {
        fixture.given(agreed())
                .when(review(CONTINUED, null, null))
                .expectException(invalidField("nextReviewDue"))
                .expectNoEvents();
    }

    @Test
    void nextReviewDateMustBeAfterTheDayOfTheReview() {
        fixture.given(agreed())
                .when(review(CONTINUED, null, LocalDate.of(2025, 6, 2)))
                .expectException(invalidField("nextReviewDue"))
                .expectNoEvents();
    }

    @Test
    void endedAdjustmentHasNoNextReview() {
        fixture.given(agreed())
                .when(review(ENDED, null, null))
                .expectEvents(reviewed(NOW, ENDED, null, REVIEW_DUE, true, null));
    }

    @Test
    void endedAdjustmentCannotBeGivenANextReviewDate() {
        fixture.given(agreed())
                .when(review(ENDED, null, NEXT_REVIEW_DUE))
                .expectException(invalidField("nextReviewDue"))
                .expectNoEvents();
    }

    @Test
    void nothingIsReviewedAfterTheAdjustmentEnded() {
        fixture.given(ended())
                .when(review(CONTINUED, null, NEXT_REVIEW_DUE))
                .expectException(breaks("adjustment-ended", null))
                .expectNoEvents();
    }

    @Test
    void reviewCannotComeBeforeTheRecord() {
        fixture.given(agreed())
                .when(review(RESIDENT, AGREED.minusSeconds(60), CONTINUED, null, NEXT_REVIEW_DUE))
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void reviewCannotComeBeforeThePreviousReview() {
        Instant firstReview = Instant.parse("2025-06-02T08:00:00Z");
        fixture.given(with(List.of(agreed()), reviewed(firstReview, CONTINUED, null, REVIEW_DUE, true, NEXT_REVIEW_DUE)))
                .when(review(RESIDENT, firstReview.minusSeconds(1), CONTINUED, null, NEXT_REVIEW_DUE))
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void reviewCannotHappenInTheFuture() {
        fixture.given(agreed())
                .when(review(RESIDENT, NOW.plusSeconds(120), CONTINUED, null, NEXT_REVIEW_DUE))
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void reviewRecordedMoreThanTwoWorkingDaysLateNeedsAReason() {
        Instant wednesday = Instant.parse("2025-05-28T09:00:00Z");
        fixture.given(agreed(Instant.parse("2025-05-27T09:00:00Z"), "written up late", REVIEW_DUE))
                .when(review(RESIDENT, wednesday, CONTINUED, null, NEXT_REVIEW_DUE))
                .expectException(invalidField("backdatingReason"))
                .expectNoEvents();
    }

    @Test
    void anotherResidentsAdjustmentIsNotOnTheirRecord() {
        fixture.given(agreed())
                .when(review("R-2", null, CONTINUED, null, NEXT_REVIEW_DUE))
                .expectException(notOnRecord(ID))
                .expectNoEvents();
    }

    @Test
    void reviewNeedsAnOutcomeANoteAndWhoReviewed() {
        ReviewAdjustment empty = new ReviewAdjustment(ID, RESIDENT, null, null, null, "", null, NEXT_REVIEW_DUE, " ");
        assertThat(assertThrows(Throwable.class, () -> fixture.given(agreed()).when(empty)),
                violationsOn("outcome", "note", "reviewedBy"));
    }
}
