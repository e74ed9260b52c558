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

import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** A service improvement that slips gets a new due date, and keeps the one it had on the record. */
class ReschedulingImprovementTest {

    private static final LocalDate LATER = LocalDate.of(2025, 10, 31);
    private static final String WHY = "the texting supplier's contract starts in October";

    private final FixtureConfiguration<Learning> fixture = LearningSteps.fixture();

    private static RescheduleImprovement reschedule(LocalDate due) {
        return new RescheduleImprovement(ID, null, null, due, WHY, "carla.ng");
    }

    @Test
    void improvementIsRescheduledWithTheReasonAndTheDateItHad() {
        fixture.given(recorded())
                .when(reschedule(LATER))
                .expectEvents(new ImprovementRescheduled(ID, NOW, null, DUE, LATER, WHY, "carla.ng"));
    }

    @Test
    void improvementMayBeBroughtForward() {
        LocalDate sooner = LocalDate.of(2025, 7, 31);
        fixture.given(recorded())
                .when(reschedule(sooner))
                .expectEvents(new ImprovementRescheduled(ID, NOW, null, DUE, sooner, WHY, "carla.ng"));
    }

    @Test
    void reschedulingToTheDateItAlreadyHasIsRefused() {
        fixture.given(recorded())
                .when(reschedule(DUE))
                .expectException(breaks("improvement-due-unchanged", null))
                .expectNoEvents();
    }

    @Test
    void newDueDateCannotBeBeforeTheDayItIsSet() {
        // now is Monday 2 June 2025; Sunday 1 June is already past
        fixture.given(recorded())
                .when(reschedule(LocalDate.of(2025, 6, 1)))
                .expectException(invalidField("improvementDue"))
                .expectNoEvents();
    }

    @Test
    void deliveryIsJudgedAgainstTheDueDateInForce() {
        // due Friday 30 May, rescheduled to 30 June before it slipped: delivered Monday 2 June is on time
        LocalDate friday = LocalDate.of(2025, 5, 30);
        LocalDate endOfJune = LocalDate.of(2025, 6, 30);
        fixture.given(recorded(DRAWN, null, friday),
                        new ImprovementRescheduled(ID, DRAWN, null, friday, endOfJune, WHY, "carla.ng"))
                .when(new RecordImprovementDelivered(ID, null, null, "texts live", "alice.shah"))
                .expectEvents(new ImprovementDelivered(ID, NOW, null, "texts live", OWNER, endOfJune, true,
                        "alice.shah"));
    }

    @Test
    void deliveredImprovementIsNotRescheduled() {
        fixture.given(recorded(), new ImprovementDelivered(ID, DRAWN, null, "texts live", OWNER, DUE, true, "alice.shah"))
                .when(reschedule(LATER))
                .expectException(breaks("improvement-already-delivered", null))
                .expectNoEvents();
    }

    @Test
    void rescheduleNamesTheDateTheReasonAndWhoRescheduled() {
        RescheduleImprovement empty = new RescheduleImprovement(ID, null, null, null, " ", "");
        assertThat(assertThrows(Throwable.class, () -> fixture.given(recorded()).when(empty)),
                violationsOn("improvementDue", "reason", "rescheduledBy"));
    }
}
