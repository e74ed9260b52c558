package org.complaintledger.complaint;

import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Steps.ID;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.RESIDENT;
import static org.complaintledger.complaint.Steps.complainant;
import static org.complaintledger.complaint.Steps.escalationRequested;
import static org.complaintledger.complaint.Steps.refuse;
import static org.complaintledger.complaint.Steps.stageOneAcknowledged;
import static org.complaintledger.complaint.Steps.stageOneResponded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.code.Stage;
import org.junit.jupiter.api.Test;

/**
 * The 12-month window of 2.3: it runs from when the issue arose or, if later, when the resident became aware of it,
 * and a complaint outside it may still be accepted by discretion, which goes on the record. Complaints here are
 * received now, Mon 2 June 2025, so the window reaches back to Sun 2 June 2024; acknowledgement is due Mon 9 June.
 */
class RefusalWindowTest {

    private static final LocalDate ACK_DUE = LocalDate.of(2025, 6, 9);
    private static final LocalDate AROSE_JANUARY_2024 = LocalDate.of(2024, 1, 10);
    private static final LocalDate AWARE_SEPTEMBER_2024 = LocalDate.of(2024, 9, 1);
    private static final WindowDiscretion DISCRETION =
            new WindowDiscretion("Carol Complaints Lead", "the resident was in hospital for most of 2024");

    private final FixtureConfiguration<Complaint> fixture = ComplaintFixture.atNow();

    private static LogComplaint log(LocalDate arose, LocalDate aware, WindowDiscretion discretion) {
        return new LogComplaint(ID, null, null, Channel.EMAIL, complainant(), "repairs", Tenure.LOW_COST_RENTAL,
                "Damp in the back bedroom", List.of("damp treated"), arose, aware, discretion, null, null);
    }

    private static ComplaintLogged logged(LocalDate arose, LocalDate aware, boolean beyond, WindowDiscretion discretion) {
        return new ComplaintLogged(ID, NOW, null, RESIDENT, "2024", Channel.EMAIL, complainant(), "repairs",
                "v1", Tenure.LOW_COST_RENTAL, "Damp in the back bedroom", List.of("damp treated"), arose, aware, beyond,
                discretion, null, ACK_DUE, null, Stage.TWO);
    }

    @Test
    void windowRunsFromWhenTheResidentBecameAwareOfTheIssue() {
        // arose 10 January 2024, outside the window; the resident became aware on 1 September 2024, inside it
        fixture.givenNoPriorActivity()
                .when(log(AROSE_JANUARY_2024, AWARE_SEPTEMBER_2024, null))
                .expectEvents(logged(AROSE_JANUARY_2024, AWARE_SEPTEMBER_2024, false, null));
    }

    @Test
    void cannotRefuseAsTooOldAComplaintRaisedWithinTwelveMonthsOfAwareness() {
        fixture.given(logged(AROSE_JANUARY_2024, AWARE_SEPTEMBER_2024, false, null))
                .when(refuse(RefusalReason.MORE_THAN_12_MONTHS, true))
                .expectException(breaks("refusal-within-12-months", "2.3"))
                .expectNoEvents();
    }

    @Test
    void complaintIsOutsideTheWindowWhenTheResidentBecameAwareOverTwelveMonthsAgo() {
        // aware on Sat 1 June 2024: the day before the window opens
        LocalDate aware = LocalDate.of(2024, 6, 1);
        fixture.givenNoPriorActivity()
                .when(log(LocalDate.of(2023, 5, 1), aware, null))
                .expectEvents(logged(LocalDate.of(2023, 5, 1), aware, true, null));
    }

    @Test
    void residentCannotBecomeAwareAfterTheComplaintWasReceived() {
        fixture.givenNoPriorActivity()
                .when(log(AROSE_JANUARY_2024, LocalDate.of(2025, 6, 3), null))
                .expectException(invalidField("residentBecameAware"))
                .expectNoEvents();
    }

    @Test
    void residentCannotBecomeAwareBeforeTheIssueArose() {
        fixture.givenNoPriorActivity()
                .when(log(AWARE_SEPTEMBER_2024, AROSE_JANUARY_2024, null))
                .expectException(invalidField("residentBecameAware"))
                .expectNoEvents();
    }

    @Test
    void complaintOutsideTheWindowAcceptedByDiscretionRecordsWhoDecidedAndWhy() {
        fixture.givenNoPriorActivity()
                .when(log(AROSE_JANUARY_2024, null, DISCRETION))
                .expectEvents(logged(AROSE_JANUARY_2024, null, true, DISCRETION));
    }

    @Test
    void discretionIsOnlyForAComplaintOutsideTheWindow() {
        fixture.givenNoPriorActivity()
                .when(log(AROSE_JANUARY_2024, AWARE_SEPTEMBER_2024, DISCRETION))
                .expectException(invalidField("windowDiscretion"))
                .expectNoEvents();
    }

    @Test
    void complaintAcceptedByDiscretionCannotThenBeRefusedAsTooOld() {
        fixture.given(logged(AROSE_JANUARY_2024, null, true, DISCRETION))
                .when(refuse(RefusalReason.MORE_THAN_12_MONTHS, true))
                .expectException(breaks("refusal-despite-window-discretion", null))
                .expectNoEvents();
    }

    @Test
    void complaintAcceptedByDiscretionMayStillBeRefusedOnAnotherGround() {
        fixture.given(logged(AROSE_JANUARY_2024, null, true, DISCRETION))
                .when(refuse(RefusalReason.LEGAL_PROCEEDINGS, true))
                .expectEvents(new ComplaintRefused(ID, NOW, null, RefusalReason.LEGAL_PROCEEDINGS,
                        "explained by letter", true));
    }

    @Test
    void escalationOfAComplaintAcceptedByDiscretionCannotBeRefusedAsTooOld() {
        // 5.11 applies the same grounds: received Tue 13 May, answered Wed 28 May, escalation asked Thu 29 May
        ComplaintLogged received = new ComplaintLogged(ID, Steps.RECEIVED, null, RESIDENT, "2024", Channel.EMAIL,
                complainant(), "repairs", "v1", Tenure.LOW_COST_RENTAL, "Damp in the back bedroom",
                List.of("damp treated"), AROSE_JANUARY_2024, null, true, DISCRETION, null, Steps.ACK_DUE, null, Stage.TWO);
        fixture.given(received, stageOneAcknowledged(), stageOneResponded(),
                        escalationRequested(Instant.parse("2025-05-29T09:00:00Z"), Steps.STAGE_TWO_ACK_DUE))
                .when(new RefuseEscalation(ID, null, null, RefusalReason.MORE_THAN_12_MONTHS, "too old", true))
                .expectException(breaks("refusal-despite-window-discretion", null))
                .expectNoEvents();
    }
}
