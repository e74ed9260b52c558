package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Steps.ACKNOWLEDGED;
import static org.complaintledger.complaint.Steps.ACK_DUE;
import static org.complaintledger.complaint.Steps.ID;
import static org.complaintledger.complaint.Steps.ISSUE_AROSE;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.RECEIVED;
import static org.complaintledger.complaint.Steps.acknowledge;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.answered;
import static org.complaintledger.complaint.Steps.log;
import static org.complaintledger.complaint.Steps.logged;
import static org.complaintledger.complaint.Steps.loggedWithReason;
import static org.complaintledger.complaint.Steps.received;
import static org.complaintledger.complaint.Steps.refuse;
import static org.complaintledger.complaint.Steps.refused;
import static org.complaintledger.complaint.Steps.with;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Receiving a complaint (1.2, 3.1, 5.12) and refusing it for a section 2 reason (2.1-2.5). */
class LoggingAndRefusalTest {

    private final FixtureConfiguration<Complaint> fixture = ComplaintFixture.atNow();

    @Test
    void logsAtNowUnderThe2024CodeWithAcknowledgementDueFiveWorkingDaysLater() {
        // received Mon 2 June: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9 June
        fixture.givenNoPriorActivity()
                .when(log())
                .expectEvents(logged(NOW, ISSUE_AROSE, false, LocalDate.of(2025, 6, 9)));
    }

    @Test
    void complaintOfAResidentNotKnownByIdIsItsOwnDataSubject() {
        Complainant unknownById = new Complainant(null, "Jane Resident", null, null);
        fixture.givenNoPriorActivity()
                .when(new LogComplaint(ID, null, null, Channel.EMAIL, unknownById, "repairs", Tenure.LOW_COST_RENTAL,
                        "Damp in the back bedroom", List.of("damp treated"), ISSUE_AROSE, null, null, null, null))
                .expectEvents(new ComplaintLogged(ID, NOW, null, ID, "2024", Channel.EMAIL, unknownById, "repairs", "v1",
                        Tenure.LOW_COST_RENTAL, "Damp in the back bedroom", List.of("damp treated"), ISSUE_AROSE, null, false,
                        null, null, LocalDate.of(2025, 6, 9), null, TWO));
    }

    @Test
    void acknowledgementDueSkipsTheSpringBankHoliday() {
        // received Fri 23 May: Mon 26 is a bank holiday; Tue 27, Wed 28, Thu 29, Fri 30, Mon 2 June.
        // Logged 5 working days late, so the late recording carries its reason.
        Instant friday = Instant.parse("2025-05-23T10:00:00Z");
        fixture.givenNoPriorActivity()
                .when(log(friday, "letter found in the post room", ISSUE_AROSE))
                .expectEvents(loggedWithReason(friday, "letter found in the post room", ISSUE_AROSE, false,
                        LocalDate.of(2025, 6, 2)));
    }

    @Test
    void receiptLateOnASummerEveningCountsAsTheNextDayInLondon() {
        // 23:30 UTC on Thu 29 May is 00:30 BST on Fri 30 May (1 working day ago, no reason needed):
        // Mon 2, Tue 3, Wed 4, Thu 5, Fri 6 June
        Instant lateEvening = Instant.parse("2025-05-29T23:30:00Z");
        fixture.givenNoPriorActivity()
                .when(log(lateEvening, null, ISSUE_AROSE))
                .expectEvents(logged(lateEvening, ISSUE_AROSE, false, LocalDate.of(2025, 6, 6)));
    }

    @Test
    void issueArisingMoreThanTwelveMonthsBeforeReceiptIsBeyondTheRefusalWindow() {
        // received 2 June 2025; twelve months earlier is 2 June 2024, and 1 June 2024 is before it
        LocalDate arose = LocalDate.of(2024, 6, 1);
        fixture.givenNoPriorActivity()
                .when(log(null, null, arose))
                .expectEvents(logged(NOW, arose, true, LocalDate.of(2025, 6, 9)));
    }

    @Test
    void issueArisingExactlyTwelveMonthsBeforeReceiptIsWithinTheWindow() {
        LocalDate arose = LocalDate.of(2024, 6, 2);
        fixture.givenNoPriorActivity()
                .when(log(null, null, arose))
                .expectEvents(logged(NOW, arose, false, LocalDate.of(2025, 6, 9)));
    }

    @Test
    void refusesAnIssueArisingAfterTheComplaintWasReceived() {
        fixture.givenNoPriorActivity()
                .when(log(null, null, LocalDate.of(2025, 6, 3)))
                .expectException(invalidField("issueArose"))
                .expectNoEvents();
    }

    @Test
    void refusesAComplaintReceivedBeforeThe2022Code() {
        // Thu 31 March 2022, 23:30 in London (BST): the day before the 2022 Code's first
        fixture.givenNoPriorActivity()
                .when(log(Instant.parse("2022-03-31T22:30:00Z"), "migrated from the old system", null))
                .expectException(breaks("no-code-version", null))
                .expectNoEvents();
    }

    @Test
    void complaintReceivedOnTheFirstDayOfTheStatutoryCodeIsUnderIt() {
        // received Mon 1 April 2024 (Easter Monday): Tue 2, Wed 3, Thu 4, Fri 5, Mon 8 April
        Instant firstDay = Instant.parse("2024-04-01T09:00:00Z");
        fixture.givenNoPriorActivity()
                .when(log(firstDay, "migrated from the old system", null))
                .expectEvents(loggedWithReason(firstDay, "migrated from the old system", null, false,
                        LocalDate.of(2024, 4, 8)));
    }

    @Test
    void refusesAComplaintRaisedMoreThanTwelveMonthsAfterTheIssueArose() {
        fixture.given(logged(RECEIVED, LocalDate.of(2024, 1, 10), true, ACK_DUE))
                .when(refuse(RefusalReason.MORE_THAN_12_MONTHS, true))
                .expectEvents(new ComplaintRefused(ID, NOW, null, RefusalReason.MORE_THAN_12_MONTHS,
                        "explained by letter", true));
    }

    @Test
    void cannotRefuseAsTooOldWhenTheRecordShowsTheIssueWithinTwelveMonths() {
        fixture.given(received())
                .when(refuse(RefusalReason.MORE_THAN_12_MONTHS, true))
                .expectException(breaks("refusal-within-12-months", "2.3"))
                .expectNoEvents();
    }

    @Test
    void cannotRefuseWithoutTellingTheResidentOfTheirRightToGoToTheOmbudsman() {
        fixture.given(received())
                .when(refuse(RefusalReason.LEGAL_PROCEEDINGS, false))
                .expectException(breaks("refusal-without-ombudsman-right", "2.4"))
                .expectNoEvents();
    }

    @Test
    void mayRefuseAfterAcknowledgementBeforeTheStageOneResponse() {
        fixture.given(acknowledged())
                .when(refuse(RefusalReason.LEGAL_PROCEEDINGS, true))
                .expectEvents(new ComplaintRefused(ID, NOW, null, RefusalReason.LEGAL_PROCEEDINGS,
                        "explained by letter", true));
    }

    @Test
    void cannotRefuseAfterTheStageOneResponseByTheLedgersOwnRule() {
        // not 2.1 (which says when a complaint must be accepted): what is left to refuse is the escalation
        fixture.given(answered())
                .when(refuse(RefusalReason.ALREADY_CONSIDERED, true))
                .expectException(breaks("refusal-after-response", null))
                .expectNoEvents();
    }

    static Stream<Object> lifecycleSteps() {
        return Stream.of(
                refuse(RefusalReason.OTHER, true),
                acknowledge(ONE, "Carol"),
                acknowledge(TWO, "Carol"),
                Steps.extend(ONE, LocalDate.of(2025, 6, 9)),
                Steps.respond(ONE, Decision.NOT_UPHELD, List.of(), List.of()),
                Steps.escalate(),
                Steps.addIssue(),
                Steps.withdraw(),
                Steps.agreeUpdatesEvery(5),
                Steps.offer(Steps.apology(LocalDate.of(2025, 6, 9))));
    }

    @ParameterizedTest
    @MethodSource("lifecycleSteps")
    void refusedComplaintTakesNoFurtherStep(Object command) {
        fixture.given(with(acknowledged(), refused(ACKNOWLEDGED.plusSeconds(3600))))
                .when(command)
                .expectException(breaks("complaint-refused", null))
                .expectNoEvents();
    }
}
