package org.complaintledger.complaint;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Steps.ACK_DUE;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.RESPONSE_DUE;
import static org.complaintledger.complaint.Steps.STAGE_ONE_HANDLER;
import static org.complaintledger.complaint.Steps.STAGE_TWO_HANDLER;
import static org.complaintledger.complaint.Steps.STAGE_TWO_RESPONSE_DUE;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.answered;
import static org.complaintledger.complaint.Steps.apology;
import static org.complaintledger.complaint.Steps.compensation;
import static org.complaintledger.complaint.Steps.received;
import static org.complaintledger.complaint.Steps.respond;
import static org.complaintledger.complaint.Steps.respondAt;
import static org.complaintledger.complaint.Steps.responseIssued;
import static org.complaintledger.complaint.Steps.stageTwoUnderWay;
import static org.complaintledger.complaint.Steps.survey;
import static org.complaintledger.complaint.Steps.with;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stage's response (6.3, 6.6, 6.9, 6.14, 6.19), the remedy a finding of fault needs (7.1, 5.13) and the
 * Ombudsman named in the final one (6.19). Stage 1 was
 * acknowledged Fri 16 May and is due Mon 2 June, which is now.
 */
class ResponseTest {

    private static final LocalDate JUNE_9 = LocalDate.of(2025, 6, 9);
    private static final LocalDate JUNE_20 = LocalDate.of(2025, 6, 20);

    private final FixtureConfiguration<Complaint> fixture = ComplaintFixture.atNow();

    @Test
    void responseOnTheDeadlineDayIsOnTime() {
        fixture.given(acknowledged())
                .when(respond(ONE, Decision.NOT_UPHELD, List.of(), List.of()))
                .expectEvents(responseIssued(NOW, ONE, Decision.NOT_UPHELD, List.of(), List.of(), RESPONSE_DUE, true));
    }

    @Test
    void responseTheDayAfterTheDeadlineIsLate() {
        // acknowledged Thu 15 May: Fri 16 .. Fri 23 = 6, Mon 26 bank holiday, Tue 27 .. Fri 30 May = 10;
        // answered Sat 31 May (1 working day ago, so no backdating reason is needed)
        LocalDate friday = LocalDate.of(2025, 5, 30);
        Instant saturday = Instant.parse("2025-05-31T10:00:00Z");
        fixture.given(Steps.logged(),
                        Steps.acknowledged(Instant.parse("2025-05-15T09:00:00Z"), ONE, STAGE_ONE_HANDLER, ACK_DUE,
                                true, friday))
                .when(respondAt(saturday, ONE, Decision.NOT_UPHELD, List.of(), List.of()))
                .expectEvents(responseIssued(saturday, ONE, Decision.NOT_UPHELD, List.of(), List.of(), friday, false));
    }

    @ParameterizedTest
    @CsvSource({"2025-06-02T22:59:00Z, true", "2025-06-02T23:30:00Z, false"})
    void deadlineDayEndsAtMidnightInLondon(Instant at, boolean onTime) {
        // due Mon 2 June; 22:59 UTC is 23:59 BST that day, 23:30 UTC is already 00:30 BST on Tue 3 June
        ComplaintFixture.at(at)
                .given(acknowledged())
                .when(respond(ONE, Decision.NOT_UPHELD, List.of(), List.of()))
                .expectEvents(responseIssued(at, ONE, Decision.NOT_UPHELD, List.of(), List.of(), RESPONSE_DUE, onTime));
    }

    @Test
    void remediesAndThenOutstandingActionsAreNumberedInOrder() {
        fixture.given(acknowledged())
                .when(respond(ONE, Decision.UPHELD, List.of(apology(JUNE_9), compensation(25_000, JUNE_20)),
                        List.of(survey(JUNE_20), new OutstandingAction("replace the extractor fan", JUNE_9))))
                .expectEvents(responseIssued(NOW, ONE, Decision.UPHELD,
                        List.of(apology(JUNE_9).tracked("action-1"), compensation(25_000, JUNE_20).tracked("action-2")),
                        List.of(survey(JUNE_20).tracked("action-3"),
                                new TrackedAction("action-4", "replace the extractor fan", JUNE_9)),
                        RESPONSE_DUE, true));
    }

    @ParameterizedTest
    @EnumSource(value = Decision.class, names = {"UPHELD", "PARTLY_UPHELD"})
    void refusesAFindingOfFaultWithNothingOnRecordToPutItRight(Decision decision) {
        fixture.given(acknowledged())
                .when(respond(ONE, decision, List.of(), List.of()))
                .expectException(breaks("fault-without-remedy", "7.1"))
                .expectNoEvents();
    }

    @Test
    void notUpheldNeedsNoRemedy() {
        // stage 2 acknowledged Fri 30 May, due Fri 27 June
        fixture.given(stageTwoUnderWay())
                .when(respond(TWO, Decision.NOT_UPHELD, List.of(), List.of()))
                .expectEvents(responseIssued(NOW, TWO, Decision.NOT_UPHELD, List.of(), List.of(),
                        STAGE_TWO_RESPONSE_DUE, true));
    }

    @Test
    void stageTwoActionsContinueTheNumberingOfStageOne() {
        // the stage 1 response put action-1 (apology) and action-2 (survey) on the record
        fixture.given(stageTwoUnderWay())
                .when(respond(TWO, Decision.UPHELD, List.of(compensation(50_000, JUNE_20)), List.of(survey(JUNE_20))))
                .expectEvents(responseIssued(NOW, TWO, Decision.UPHELD,
                        List.of(compensation(50_000, JUNE_20).tracked("action-3")),
                        List.of(survey(JUNE_20).tracked("action-4")), STAGE_TWO_RESPONSE_DUE, true));
    }

    @Test
    void findingOfFaultWhoseResponseSetsOutActionsIsNotWithoutARemedy() {
        // 7.1: the survey is what will put things right; action-1 on the record
        fixture.given(acknowledged())
                .when(respond(ONE, Decision.UPHELD, List.of(), List.of(survey(JUNE_20))))
                .expectEvents(responseIssued(NOW, ONE, Decision.UPHELD, List.of(),
                        List.of(survey(JUNE_20).tracked("action-1")), RESPONSE_DUE, true));
    }

    @Test
    void findingOfFaultAfterARemedyAlreadyOfferedNeedsNoNewOne() {
        // 5.13, 7.1: an apology offered on Fri 30 May, before the response, is action-1 on the record
        RemedyOffered apologised = new RemedyOffered(Steps.ID, Instant.parse("2025-05-30T09:00:00Z"), null,
                apology(JUNE_9).tracked("action-1"));
        fixture.given(with(acknowledged(), apologised))
                .when(respond(ONE, Decision.UPHELD, List.of(), List.of()))
                .expectEvents(responseIssued(NOW, ONE, Decision.UPHELD, List.of(), List.of(), RESPONSE_DUE, true));
    }

    @Test
    void stageTwoFindingFaultMayRestOnStageOneRemedies() {
        // the stage 1 response put action-1 (apology) and action-2 (survey) on the record
        fixture.given(stageTwoUnderWay())
                .when(respond(TWO, Decision.PARTLY_UPHELD, List.of(), List.of()))
                .expectEvents(responseIssued(NOW, TWO, Decision.PARTLY_UPHELD, List.of(), List.of(),
                        STAGE_TWO_RESPONSE_DUE, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reply within 20 working days to ask for stage 2", "the Ombudsman, 0300 111 3000"})
    void refusesAFinalResponseWhoseRouteDoesNotNameTheHousingOmbudsman(String route) {
        fixture.given(stageTwoUnderWay())
                .when(new IssueResponse(Steps.ID, null, null, TWO, Decision.NOT_UPHELD, "reasons", List.of(),
                        List.of(), route, STAGE_TWO_HANDLER))
                .expectException(breaks("final-response-without-ombudsman", "6.19"))
                .expectNoEvents();
    }

    @Test
    void finalResponseNamesTheHousingOmbudsmanInAnyCase() {
        fixture.given(stageTwoUnderWay())
                .when(new IssueResponse(Steps.ID, null, null, TWO, Decision.NOT_UPHELD, "the repair was missed twice",
                        List.of(), List.of(), "write to the HOUSING OMBUDSMAN", STAGE_TWO_HANDLER))
                .expectEvents(new StageResponseIssued(Steps.ID, NOW, null, TWO, Decision.NOT_UPHELD,
                        "the repair was missed twice", List.of(), List.of(), "write to the HOUSING OMBUDSMAN",
                        STAGE_TWO_HANDLER, STAGE_TWO_RESPONSE_DUE, true, STAGE_TWO_RESPONSE_DUE, true, true));
    }

    @Test
    void cannotRespondBeforeTheStageIsAcknowledged() {
        fixture.given(received())
                .when(respond(ONE, Decision.NOT_UPHELD, List.of(), List.of()))
                .expectException(breaks("stage-not-acknowledged", "6.2"))
                .expectNoEvents();
    }

    @Test
    void cannotRespondTwice() {
        fixture.given(answered())
                .when(respond(ONE, Decision.NOT_UPHELD, List.of(), List.of()))
                .expectException(breaks("stage-already-responded", null))
                .expectNoEvents();
    }

    @Test
    void cannotAnswerStageTwoBeforeTheResidentAsksForIt() {
        fixture.given(answered())
                .when(respond(TWO, Decision.NOT_UPHELD, List.of(), List.of()))
                .expectException(breaks("stage-not-requested", "6.10"))
                .expectNoEvents();
    }
}
