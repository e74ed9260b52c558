package org.complaintledger.learning;

import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Rejections.violationsOn;
import static org.complaintledger.learning.LearningSteps.DRAWN;
import static org.complaintledger.learning.LearningSteps.DUE;
import static org.complaintledger.learning.LearningSteps.FROM;
import static org.complaintledger.learning.LearningSteps.ID;
import static org.complaintledger.learning.LearningSteps.record;
import static org.complaintledger.learning.LearningSteps.recorded;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** A lesson learned goes on the ledger with the complaints it was drawn from and the improvement planned (9.1, 9.2). */
class RecordingLearningTest {

    private final FixtureConfiguration<Learning> fixture = LearningSteps.fixture();

    @Test
    void lessonIsRecordedWithTheComplaintsItWasDrawnFromTheImprovementItsOwnerAndDueDate() {
        fixture.givenNoPriorActivity()
                .when(record(FROM))
                .expectEvents(recorded());
    }

    @Test
    void aLessonIsDrawnFromAtLeastOneComplaint() {
        assertThat(assertThrows(Throwable.class, () -> fixture.givenNoPriorActivity().when(record(List.of()))),
                violationsOn("complaintIds"));
    }

    @Test
    void complaintIdsAreBoundedLikeEveryComplaintId() {
        String tooLong = "C".repeat(65);
        assertThat(assertThrows(Throwable.class, () -> fixture.givenNoPriorActivity()
                        .when(record(List.of("C-1", tooLong)))),
                violationsOn("complaintIds[1].<list element>"));
    }

    @Test
    void complaintIdIsNeverANameOrAnAddress() {
        assertThat(assertThrows(Throwable.class, () -> fixture.givenNoPriorActivity()
                        .when(record(List.of("Mrs Jones, 4 High St")))),
                violationsOn("complaintIds[0].<list element>"));
    }

    @Test
    void eachComplaintIsNamedOnce() {
        fixture.givenNoPriorActivity()
                .when(record(List.of("C-1", "C-2", "C-1")))
                .expectException(invalidField("complaintIds"))
                .expectNoEvents();
    }

    @Test
    void aComplaintNotOnTheLedgerIsRefusedNamingWhichOne() {
        fixture.givenNoPriorActivity()
                .when(record(List.of("C-1", "C-99")))
                .expectException(invalidField("complaintIds[1]"))
                .expectNoEvents();
    }

    @Test
    void improvementMayBeDueOnTheDayTheLessonWasDrawn() {
        LocalDate sameDay = LocalDate.of(2025, 5, 30);
        fixture.givenNoPriorActivity()
                .when(record(FROM, DRAWN, null, sameDay))
                .expectEvents(recorded(DRAWN, null, sameDay));
    }

    @Test
    void improvementCannotBeDueBeforeTheLessonWasDrawn() {
        fixture.givenNoPriorActivity()
                .when(record(FROM, DRAWN, null, LocalDate.of(2025, 5, 29)))
                .expectException(invalidField("improvementDue"))
                .expectNoEvents();
    }

    @Test
    void theDayTheLessonWasDrawnIsTheDayInLondon() {
        // 23:30 UTC on Sunday 1 June is 00:30 on Monday 2 June in London (BST): due on Sunday is before that day
        fixture.givenNoPriorActivity()
                .when(record(FROM, Instant.parse("2025-06-01T23:30:00Z"), null, LocalDate.of(2025, 6, 1)))
                .expectException(invalidField("improvementDue"))
                .expectNoEvents();
    }

    @Test
    void recordedMoreThanTwoWorkingDaysLateNeedsAReason() {
        // Wed 28 May 2025 is 3 working days (29, 30 May, 2 June) before Monday 2 June
        fixture.givenNoPriorActivity()
                .when(record(FROM, Instant.parse("2025-05-28T09:00:00Z"), null, DUE))
                .expectException(invalidField("backdatingReason"))
                .expectNoEvents();
    }

    @Test
    void recordedLateAcrossTheBankHolidayWithAReasonCarriesTheReason() {
        // Fri 23 May 2025; Mon 26 May is the spring bank holiday, so 27-30 May and 2 June make 5 working days late
        Instant friday = Instant.parse("2025-05-23T09:00:00Z");
        String reason = "drawn at the quarterly learning panel, written up after";
        fixture.givenNoPriorActivity()
                .when(record(FROM, friday, reason, DUE))
                .expectEvents(recorded(friday, reason, DUE));
    }

    @Test
    void cannotBeDrawnInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(record(FROM, Instant.parse("2025-06-02T10:02:00Z"), null, DUE))
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void lessonNeedsTheLessonTheImprovementAnOwnerADueDateAndWhoRecordedIt() {
        RecordLearning empty = new RecordLearning(ID, null, null, FROM, " ", "", null, null, " ");
        assertThat(assertThrows(Throwable.class, () -> fixture.givenNoPriorActivity().when(empty)),
                violationsOn("lesson", "improvement", "owner", "improvementDue", "recordedBy"));
    }
}
