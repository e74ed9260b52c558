package org.complaintledger.adjustment;

import static org.complaintledger.adjustment.AdjustmentKind.DISABILITY_DISCLOSED;
import static org.complaintledger.adjustment.AdjustmentSteps.AGREED;
import static org.complaintledger.adjustment.AdjustmentSteps.ID;
import static org.complaintledger.adjustment.AdjustmentSteps.RECORDED_BY;
import static org.complaintledger.adjustment.AdjustmentSteps.REVIEW_DUE;
import static org.complaintledger.adjustment.AdjustmentSteps.agree;
import static org.complaintledger.adjustment.AdjustmentSteps.agreed;
import static org.complaintledger.adjustment.AdjustmentSteps.disclose;
import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Rejections.violationsOn;
import static org.complaintledger.review.RecordFixture.NOW;
import static org.complaintledger.review.RecordFixture.RESIDENT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.review.RecordFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A disability disclosed or an adjustment agreed goes on the resident's record with a date to review it (5.10). */
class RecordingAdjustmentsTest {

    private static final String REASON = "agreed at a home visit, written up on return";

    private final FixtureConfiguration<Adjustment> fixture = RecordFixture.atNow(Adjustment.class);

    @Test
    void agreedAdjustmentIsRecordedWithWhomItWasAgreedAndItsReviewDate() {
        fixture.givenNoPriorActivity()
                .when(agree())
                .expectEvents(agreed());
    }

    @Test
    void disclosedDisabilityIsRecordedWithWhoDisclosedIt() {
        fixture.givenNoPriorActivity()
                .when(disclose(null, "her son, who cares for her"))
                .expectEvents(new AdjustmentRecorded(ID, AGREED, null, RESIDENT, DISABILITY_DISCLOSED,
                        "partially sighted", null, "her son, who cares for her", REVIEW_DUE, RECORDED_BY));
    }

    @Test
    void aDisclosureIsNotAgreedWithAnyone() {
        fixture.givenNoPriorActivity()
                .when(disclose("the resident", null))
                .expectException(invalidField("agreedWith"))
                .expectNoEvents();
    }

    @Test
    void anAgreedAdjustmentIsNotDisclosed() {
        RecordAdjustment both = new RecordAdjustment(ID, RESIDENT, AGREED, null, AdjustmentKind.ADJUSTMENT_AGREED,
                "large print", null, "the resident", REVIEW_DUE, RECORDED_BY);
        fixture.givenNoPriorActivity()
                .when(both)
                .expectException(invalidField("disclosedBy"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-05-30", "2025-05-29"})
    void reviewDateMustBeAfterTheDayOfTheRecord(String reviewDue) {
        fixture.givenNoPriorActivity()
                .when(agree(AGREED, null, LocalDate.parse(reviewDue)))
                .expectException(invalidField("reviewDue"))
                .expectNoEvents();
    }

    @Test
    void reviewDateMayBeTheNextDay() {
        LocalDate saturday = LocalDate.of(2025, 5, 31);
        fixture.givenNoPriorActivity()
                .when(agree(AGREED, null, saturday))
                .expectEvents(agreed(AGREED, null, saturday));
    }

    @Test
    void theDayOfTheRecordIsTheDayInLondon() {
        // 23:30 UTC on Sunday 1 June is 00:30 on Monday 2 June in London (BST)
        Instant justAfterMidnight = Instant.parse("2025-06-01T23:30:00Z");
        fixture.givenNoPriorActivity()
                .when(agree(justAfterMidnight, null, LocalDate.of(2025, 6, 2)))
                .expectException(invalidField("reviewDue"))
                .expectNoEvents();
    }

    @Test
    void cannotBeRecordedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(agree(NOW.plusSeconds(120), null, REVIEW_DUE))
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void recordedMoreThanTwoWorkingDaysLateNeedsAReason() {
        // Wed 28 May is 3 working days before Mon 2 June
        fixture.givenNoPriorActivity()
                .when(agree(Instant.parse("2025-05-28T09:00:00Z"), null, REVIEW_DUE))
                .expectException(invalidField("backdatingReason"))
                .expectNoEvents();
    }

    @Test
    void recordedLateWithAReasonCarriesTheReason() {
        Instant wednesday = Instant.parse("2025-05-28T09:00:00Z");
        fixture.givenNoPriorActivity()
                .when(agree(wednesday, REASON, REVIEW_DUE))
                .expectEvents(agreed(wednesday, REASON, REVIEW_DUE));
    }

    @Test
    void recordNeedsKindDescriptionReviewDateAndWhoRecordedIt() {
        RecordAdjustment empty = new RecordAdjustment(ID, RESIDENT, null, null, null, " ", null, null, null, "");
        assertThat(assertThrows(Throwable.class, () -> fixture.givenNoPriorActivity().when(empty)),
                violationsOn("kind", "description", "reviewDue", "recordedBy"));
    }

    @Test
    void residentIdMustBeAnOpaqueIdNotAName() {
        RecordAdjustment named = new RecordAdjustment(ID, "Jane Resident of 4 High St", null, null,
                DISABILITY_DISCLOSED, "deaf", null, null, REVIEW_DUE, RECORDED_BY);
        assertThat(assertThrows(Throwable.class, () -> fixture.givenNoPriorActivity().when(named)),
                violationsOn("residentId"));
    }
}
