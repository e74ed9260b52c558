package org.complaintledger.restriction;

import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Rejections.notOnRecord;
import static org.complaintledger.complaint.Rejections.violationsOn;
import static org.complaintledger.restriction.RestrictionReviewOutcome.CONTINUED;
import static org.complaintledger.restriction.RestrictionReviewOutcome.LIFTED;
import static org.complaintledger.restriction.RestrictionReviewOutcome.VARIED;
import static org.complaintledger.restriction.RestrictionSteps.ID;
import static org.complaintledger.restriction.RestrictionSteps.IMPOSED;
import static org.complaintledger.restriction.RestrictionSteps.NEXT_REVIEW_DUE;
import static org.complaintledger.restriction.RestrictionSteps.REVIEW_DUE;
import static org.complaintledger.restriction.RestrictionSteps.impose;
import static org.complaintledger.restriction.RestrictionSteps.imposed;
import static org.complaintledger.restriction.RestrictionSteps.review;
import static org.complaintledger.restriction.RestrictionSteps.reviewed;
import static org.complaintledger.review.RecordFixture.NOW;
import static org.complaintledger.review.RecordFixture.RESIDENT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.review.RecordFixture;
import org.junit.jupiter.api.Test;

/**
 * A restriction on a resident's contact for unacceptable behaviour: imposed with evidenced reasons and a review date
 * (5.14), a note of why it is proportionate with regard to the Equality Act 2010 (5.15), the resident told; then
 * kept under regular review until lifted (5.14).
 */
class RestrictionTest {

    private final FixtureConfiguration<Restriction> fixture = RecordFixture.atNow(Restriction.class);

    @Test
    void restrictionIsImposedWithReasonsScopeProportionalityAndReviewDate() {
        fixture.givenNoPriorActivity()
                .when(impose())
                .expectEvents(imposed());
    }

    @Test
    void residentMustBeToldOfTheRestrictionItsReasonsAndItsReviewByTheLedgersOwnRule() {
        fixture.givenNoPriorActivity()
                .when(impose(IMPOSED, false, REVIEW_DUE))
                .expectException(breaks("restriction-resident-not-informed", null))
                .expectNoEvents();
    }

    @Test
    void reviewDateMustBeAfterTheDayOfTheDecision() {
        fixture.givenNoPriorActivity()
                .when(impose(IMPOSED, true, LocalDate.of(2025, 5, 30)))
                .expectException(invalidField("reviewDue"))
                .expectNoEvents();
    }

    @Test
    void cannotBeImposedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(impose(NOW.plusSeconds(120), true, REVIEW_DUE))
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void imposedMoreThanTwoWorkingDaysBeforeItIsRecordedNeedsAReason() {
        fixture.givenNoPriorActivity()
                .when(impose(Instant.parse("2025-05-28T09:00:00Z"), true, REVIEW_DUE))
                .expectException(invalidField("backdatingReason"))
                .expectNoEvents();
    }

    @Test
    void restrictionNeedsReasonsScopeProportionalityNoteReviewDateAndWhoDecided() {
        ImposeRestriction bare = new ImposeRestriction(ID, RESIDENT, null, null, "", null, " ", true, null, null);
        assertThat(assertThrows(Throwable.class, () -> fixture.givenNoPriorActivity().when(bare)),
                violationsOn("reasons", "scope", "proportionalityNote", "reviewDue", "decidedBy"));
    }

    @Test
    void reviewContinuesTheRestrictionToTheNextReviewDate() {
        fixture.given(imposed())
                .when(review(CONTINUED, null, NEXT_REVIEW_DUE))
                .expectEvents(reviewed(NOW, CONTINUED, null, NEXT_REVIEW_DUE));
    }

    @Test
    void variedRestrictionCarriesItsNewScope() {
        String phoneToo = "email, or phone on Tuesday mornings, to a single point of contact";
        fixture.given(imposed())
                .when(review(VARIED, phoneToo, NEXT_REVIEW_DUE))
                .expectEvents(reviewed(NOW, VARIED, phoneToo, NEXT_REVIEW_DUE));
    }

    @Test
    void variedRestrictionNeedsItsNewScope() {
        fixture.given(imposed())
                .when(review(VARIED, null, NEXT_REVIEW_DUE))
                .expectException(invalidField("scope"))
                .expectNoEvents();
    }

    @Test
    void onlyAVariedRestrictionHasANewScope() {
        fixture.given(imposed())
                .when(review(LIFTED, "no contact at all", null))
                .expectException(invalidField("scope"))
                .expectNoEvents();
    }

    @Test
    void restrictionStillInForceNeedsANextReviewDate() {
        fixture.given(imposed())
                .when(review(CONTINUED, null, null))
                .expectException(invalidField("nextReviewDue"))
                .expectNoEvents();
    }

    @Test
    void nextReviewDateMustBeAfterTheDayOfTheReview() {
        fixture.given(imposed())
                .when(review(CONTINUED, null, LocalDate.of(2025, 6, 2)))
                .expectException(invalidField("nextReviewDue"))
                .expectNoEvents();
    }

    @Test
    void liftedRestrictionHasNoNextReview() {
        fixture.given(imposed())
                .when(review(LIFTED, null, null))
                .expectEvents(reviewed(NOW, LIFTED, null, null));
    }

    @Test
    void liftedRestrictionCannotBeGivenANextReviewDate() {
        fixture.given(imposed())
                .when(review(LIFTED, null, NEXT_REVIEW_DUE))
                .expectException(invalidField("nextReviewDue"))
                .expectNoEvents();
    }

    @Test
    void nothingIsReviewedAfterTheRestrictionWasLifted() {
        fixture.given(imposed(), reviewed(IMPOSED.plusSeconds(60), LIFTED, null, null))
                .when(review(CONTINUED, null, NEXT_REVIEW_DUE))
                .expectException(breaks("restriction-lifted", null))
                .expectNoEvents();
    }

    @Test
    void reviewCannotComeBeforeTheDecision() {
        ReviewRestriction early = new ReviewRestriction(ID, RESIDENT, IMPOSED.minusSeconds(60), null, CONTINUED,
                "n", null, NEXT_REVIEW_DUE, "r");
        fixture.given(imposed())
                .when(early)
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void anotherResidentsRestrictionIsNotOnTheirRecord() {
        fixture.given(imposed())
                .when(review("R-2", CONTINUED, null, NEXT_REVIEW_DUE))
                .expectException(notOnRecord(ID))
                .expectNoEvents();
    }
}
