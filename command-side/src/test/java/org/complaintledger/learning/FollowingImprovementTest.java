package org.complaintledger.learning;

import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Rejections.violationsOn;
import static org.complaintledger.learning.LearningSteps.DRAWN;
import static org.complaintledger.learning.LearningSteps.DUE;
import static org.complaintledger.learning.LearningSteps.ID;
import static org.complaintledger.learning.LearningSteps.OWNER;
import static org.complaintledger.learning.LearningSteps.recorded;
import static org.complaintledger.review.RecordFixture.NOW;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Learning is followed after it is drawn: later complaints that show it, its owner, its delivery (8.1d, 9.1-9.3). */
class FollowingImprovementTest {

    private static final String WHAT = "morning-of texts live for all repairs since 1 June";
    private static final String NEW_OWNER = "dev.patel";
    private static final String WHY = "the repairs team lead left; the customer experience lead takes it on";

    private final FixtureConfiguration<Learning> fixture = LearningSteps.fixture();

    private static LinkLearningToComplaint link(String complaintId, Instant at) {
        return new LinkLearningToComplaint(ID, at, null, complaintId, "ben.okoro");
    }

    private static LearningLinkedToComplaint linked(String complaintId, Instant at) {
        return new LearningLinkedToComplaint(ID, at, null, complaintId, "ben.okoro");
    }

    private static RecordImprovementDelivered deliver(Instant at) {
        return new RecordImprovementDelivered(ID, at, null, WHAT, "alice.shah");
    }

    private static ImprovementDelivered delivered(Instant at, String owner, LocalDate due, boolean onTime) {
        return new ImprovementDelivered(ID, at, null, WHAT, owner, due, onTime, "alice.shah");
    }

    private static ReassignImprovementOwner reassign(String owner) {
        return new ReassignImprovementOwner(ID, null, null, owner, WHY, "carla.ng");
    }

    @Test
    void laterComplaintShowingTheSameLessonIsLinkedToIt() {
        fixture.given(recorded())
                .when(link("C-3", null))
                .expectEvents(linked("C-3", NOW));
    }

    @Test
    void aComplaintTheLessonWasDrawnFromIsNotLinkedAgain() {
        fixture.given(recorded())
                .when(link("C-2", null))
                .expectException(breaks("learning-already-linked", null))
                .expectNoEvents();
    }

    @Test
    void aComplaintLinkedLaterIsNotLinkedAgain() {
        fixture.given(recorded(), linked("C-3", NOW.minusSeconds(60)))
                .when(link("C-3", null))
                .expectException(breaks("learning-already-linked", null))
                .expectNoEvents();
    }

    @Test
    void aComplaintNotOnTheLedgerIsNotLinked() {
        fixture.given(recorded())
                .when(link("C-99", null))
                .expectException(invalidField("complaintId"))
                .expectNoEvents();
    }

    @Test
    void aLinkCannotComeBeforeTheLessonWasDrawn() {
        fixture.given(recorded())
                .when(link("C-3", DRAWN.minusSeconds(1)))
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void linkNamesAComplaintIdAndWhoLinkedIt() {
        LinkLearningToComplaint empty = new LinkLearningToComplaint(ID, null, null, "not a complaint id", " ");
        assertThat(assertThrows(Throwable.class, () -> fixture.given(recorded()).when(empty)),
                violationsOn("complaintId", "linkedBy"));
    }

    @Test
    void improvementChangesHandsWithTheReasonAndWhoHadIt() {
        fixture.given(recorded())
                .when(reassign(NEW_OWNER))
                .expectEvents(new ImprovementOwnerReassigned(ID, NOW, null, OWNER, NEW_OWNER, WHY, "carla.ng"));
    }

    @Test
    void reassigningToTheOwnerItAlreadyHasIsRefused() {
        fixture.given(recorded())
                .when(reassign(OWNER))
                .expectException(breaks("improvement-owner-unchanged", null))
                .expectNoEvents();
    }

    @Test
    void improvementDeliveredByItsDueDateIsOnTime() {
        fixture.given(recorded())
                .when(deliver(null))
                .expectEvents(delivered(NOW, OWNER, DUE, true));
    }

    @Test
    void improvementDeliveredAfterItsDueDateIsLate() {
        // due Friday 30 May 2025, delivered Monday 2 June
        LocalDate friday = LocalDate.of(2025, 5, 30);
        fixture.given(recorded(DRAWN, null, friday))
                .when(deliver(null))
                .expectEvents(delivered(NOW, OWNER, friday, false));
    }

    @Test
    void deliveryIsCreditedToTheOwnerAtTheTime() {
        fixture.given(recorded(), new ImprovementOwnerReassigned(ID, DRAWN, null, OWNER, NEW_OWNER, WHY, "carla.ng"))
                .when(deliver(null))
                .expectEvents(delivered(NOW, NEW_OWNER, DUE, true));
    }

    @Test
    void deliveryCannotComeBeforeTheLessonWasDrawn() {
        fixture.given(recorded())
                .when(deliver(DRAWN.minusSeconds(1)))
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void deliveryMayBeRecordedTheMomentTheLessonWasDrawn() {
        fixture.given(recorded())
                .when(deliver(DRAWN))
                .expectEvents(delivered(DRAWN, OWNER, DUE, true));
    }

    @Test
    void improvementIsNotDeliveredTwice() {
        fixture.given(recorded(), delivered(NOW.minusSeconds(60), OWNER, DUE, true))
                .when(deliver(null))
                .expectException(breaks("improvement-already-delivered", null))
                .expectNoEvents();
    }

    @Test
    void deliveredImprovementIsNotReassigned() {
        fixture.given(recorded(), delivered(NOW.minusSeconds(60), OWNER, DUE, true))
                .when(reassign(NEW_OWNER))
                .expectException(breaks("improvement-already-delivered", null))
                .expectNoEvents();
    }

    @Test
    void laterComplaintIsLinkedEvenAfterDeliverySoTheReportShowsTheIssueRecurred() {
        fixture.given(recorded(), delivered(NOW.minusSeconds(60), OWNER, DUE, true))
                .when(link("C-4", null))
                .expectEvents(linked("C-4", NOW));
    }

    @Test
    void deliveryNamesWhatWasDeliveredAndWhoRecordedIt() {
        RecordImprovementDelivered empty = new RecordImprovementDelivered(ID, null, null, "", null);
        assertThat(assertThrows(Throwable.class, () -> fixture.given(recorded()).when(empty)),
                violationsOn("delivered", "recordedBy"));
    }
}
