package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.complaint.Rejections.violationsOn;
import static org.complaintledger.complaint.Steps.ID;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.SHA256;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.received;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Commands are validated on dispatch: a caller's missing or malformed field never reaches the complaint. */
class BeanValidationTest {

    private final FixtureConfiguration<Complaint> fixture = ComplaintFixture.atNow();

    /**
     * Validation runs in the command bus's dispatch interceptor, as in production, so an invalid command is
     * thrown back at the caller by the dispatch itself and never reaches the complaint: the store still holds
     * only the history it was given.
     */
    private void refusedOnDispatch(List<Object> history, Object command, String... propertyPaths) {
        Throwable thrown = assertThrows(Throwable.class,
                () -> (history.isEmpty() ? fixture.givenNoPriorActivity() : fixture.given(history)).when(command));
        assertThat(thrown, violationsOn(propertyPaths));
        if (!history.isEmpty()) {
            assertThat(fixture.getEventStore().readEvents(ID).asStream().count(), is((long) history.size()));
        }
    }

    private static final List<Remedy> NONE = List.of();
    private static final List<OutstandingAction> NO_ACTIONS = List.of();

    private static IssueResponse response(Decision decision, String reasons, List<Remedy> remedies,
            List<OutstandingAction> actions, String escalationRoute) {
        return response(decision, reasons, remedies, actions, escalationRoute, Steps.STAGE_ONE_HANDLER);
    }

    private static IssueResponse response(Decision decision, String reasons, List<Remedy> remedies,
            List<OutstandingAction> actions, String escalationRoute, String respondedBy) {
        return new IssueResponse(ID, null, null, ONE, decision, reasons, remedies, actions, escalationRoute,
                respondedBy);
    }

    static Stream<Arguments> responsesMissingAnItem() {
        String route = Steps.escalationRoute(ONE);
        return Stream.of(
                Arguments.of(response(null, "reasons", NONE, NO_ACTIONS, route), "decision"),
                Arguments.of(response(Decision.NOT_UPHELD, " ", NONE, NO_ACTIONS, route), "reasons"),
                Arguments.of(response(Decision.NOT_UPHELD, "reasons", null, NO_ACTIONS, route), "remediesOffered"),
                Arguments.of(response(Decision.NOT_UPHELD, "reasons", NONE, null, route), "outstandingActions"),
                Arguments.of(response(Decision.NOT_UPHELD, "reasons", NONE, NO_ACTIONS, null), "escalationRoute"),
                Arguments.of(response(Decision.NOT_UPHELD, "reasons", NONE, NO_ACTIONS, route, " "), "respondedBy"));
    }

    @ParameterizedTest
    @MethodSource("responsesMissingAnItem")
    void responseMissingAnItemOfSixNineIsRefusedNamingIt(IssueResponse response, String item) {
        refusedOnDispatch(acknowledged(), response, item);
    }

    @Test
    void responseMissingEverythingNamesEveryItem() {
        refusedOnDispatch(acknowledged(), response(null, null, null, null, "", null),
                "decision", "reasons", "remediesOffered", "outstandingActions", "escalationRoute", "respondedBy");
    }

    @Test
    void remedyInAResponseNeedsADueDate() {
        refusedOnDispatch(acknowledged(),
                response(Decision.UPHELD, "reasons", List.of(Steps.apology(null)), NO_ACTIONS, "route"),
                "remediesOffered[0].dueBy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0"})
    void documentWithoutALowercaseSha256DigestIsRefused(String digest) {
        refusedOnDispatch(received(), Steps.attach(digest), "document.sha256");
    }

    @Test
    void documentInCorrespondenceIsValidatedToo() {
        RecordCorrespondence letter = new RecordCorrespondence(ID, null, null, Correspondence.Direction.INBOUND,
                Correspondence.Party.RESIDENT, Channel.LETTER, "photos of the damp",
                List.of(new DocumentRef("photos.zip", "zip", SHA256)));
        refusedOnDispatch(received(), letter, "documents[0].mediaType");
    }

    @Test
    void complaintNeedsAResidentAndTheOutcomesSought() {
        LogComplaint nameless = new LogComplaint(ID, null, null, Channel.PHONE, new Complainant(null, " ", null, null),
                "repairs", Tenure.LOW_COST_RENTAL, "damp", List.of(), null, null, null, null, null);
        refusedOnDispatch(List.of(), nameless, "complainant.residentName", "outcomesSought");
    }

    @Test
    void complaintNeedsTheTenureOfTheHomeAndAtMostAShortServiceRequestReference() {
        LogComplaint withoutTenure = new LogComplaint(ID, null, null, Channel.PHONE,
                new Complainant(null, "Jane Resident", null, null), "repairs", null, "damp", List.of("damp treated"),
                null, null, null, null, "SR-" + "9".repeat(62));
        refusedOnDispatch(List.of(), withoutTenure, "tenure", "serviceRequestReference");
    }

    @Test
    void handlingFailureNamesTheProvisionsByNumber() {
        RecordComplaintHandlingFailure failure = new RecordComplaintHandlingFailure(ID, null, null, "",
                Ombudsman.HandlingFailureKind.COMPLAINT_HANDLING_FAILURE_ORDER, List.of("acknowledgement"),
                "late acknowledgement", null);
        refusedOnDispatch(received(), failure, "ombudsmanReference", "provisions[0].<list element>");
    }

    @Test
    void residentIdMustBeAnOpaqueIdNotAName() {
        LogComplaint named = new LogComplaint(ID, null, null, Channel.PHONE,
                new Complainant("Jane Resident of 4 High St", "Jane Resident", null, null),
                "repairs", Tenure.LOW_COST_RENTAL, "damp", List.of("damp treated"), null, null, null, null, null);
        refusedOnDispatch(List.of(), named, "complainant.residentId");
    }

    @Test
    void representativeMustSayHowTheyAreRelated() {
        Complainant represented = new Complainant(null, "Jane Resident", null,
                new Complainant.Representative("Sam Advocate", ""));
        LogComplaint viaRepresentative = new LogComplaint(ID, null, null, Channel.VIA_REPRESENTATIVE, represented,
                "repairs", Tenure.LOW_COST_RENTAL, "damp", List.of("damp treated"), null, null, null, null, null);
        refusedOnDispatch(List.of(), viaRepresentative, "complainant.representative.relationship");
    }

    @Test
    void windowDiscretionNamesWhoDecidedAndWhy() {
        LogComplaint undecided = new LogComplaint(ID, null, null, Channel.PHONE, Steps.complainant(), "repairs",
                Tenure.LOW_COST_RENTAL, "damp", List.of("damp treated"), LocalDate.of(2023, 1, 10), null,
                new WindowDiscretion(" ", null), null, null);
        refusedOnDispatch(List.of(), undecided, "windowDiscretion.decidedBy", "windowDiscretion.reason");
    }

    @Test
    void takingOnAComplaintNamesWhoInstructedItTheirReferenceAndWhy() {
        refusedOnDispatch(Steps.with(received(), Steps.refused(Steps.NOW)),
                new TakeOnComplaint(ID, null, null, null, "", null),
                "instructedBy", "instructionReference", "reason");
    }

    @Test
    void acknowledgementNeedsAHandlerAndADefinitionWithOutcomes() {
        AcknowledgeStage undefined = new AcknowledgeStage(ID, null, null, ONE,
                new ComplaintDefinition("damp", List.of()), List.of(), List.of(), "");
        refusedOnDispatch(received(), undefined, "definition.outcomesSought", "handler");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 61})
    void updateIntervalOutsideOneToSixtyWorkingDaysIsRefused(int workingDays) {
        refusedOnDispatch(received(), Steps.agreeUpdatesEvery(workingDays), "everyWorkingDays");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 60})
    void updateIntervalOfOneToSixtyWorkingDaysIsAccepted(int workingDays) {
        fixture.given(received())
                .when(Steps.agreeUpdatesEvery(workingDays))
                .expectEvents(new UpdateIntervalAgreed(ID, NOW, null, workingDays, "phone call"));
    }

    @Test
    void financialRemedyCannotBeNegative() {
        refusedOnDispatch(received(), Steps.offer(Steps.compensation(-100, LocalDate.of(2025, 6, 30))),
                "remedy.amountPence");
    }

    @Test
    void extensionNeedsANewDeadlineAndAReason() {
        ExtendStage undated = new ExtendStage(ID, null, null, ONE, null, "", true, true, null, false);
        refusedOnDispatch(acknowledged(), undated, "newResponseDue", "reason");
    }
}
