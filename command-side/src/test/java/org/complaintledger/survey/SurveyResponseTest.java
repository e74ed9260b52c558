package org.complaintledger.survey;

import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Rejections.violationsOn;
import static org.complaintledger.review.RecordFixture.NOW;
import static org.complaintledger.review.RecordFixture.RESIDENT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.ledger.ComplaintsOnLedger;
import org.complaintledger.review.RecordFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A resident who expresses dissatisfaction in a survey must be given information on how to complain (1.6): the record
 * says whether and when they were, and the complaint it became. The resident responded on Friday 30 May 2025; now is
 * Monday 2 June (RecordFixture). Complaint C-1 is on the ledger, no other.
 */
class SurveyResponseTest {

    private static final String ID = "S-1";
    private static final Instant RESPONDED = Instant.parse("2025-05-30T09:00:00Z");
    private static final String SURVEY = "repairs transactional survey";
    private static final String SAID = "third visit for the same leak and nobody calls back";
    private static final String HOW = "told on the survey call; complaints leaflet emailed";

    private final FixtureConfiguration<SurveyResponse> fixture = RecordFixture.atNow(SurveyResponse.class);

    @BeforeEach
    void complaintsOnTheLedger() {
        fixture.registerInjectableResource((ComplaintsOnLedger) Set.of("C-1")::contains);
    }

    private static RecordSurveyDissatisfaction record(Boolean told, String howTold, String complaintId) {
        return new RecordSurveyDissatisfaction(ID, RESPONDED, null, SURVEY, RESIDENT, SAID, told, howTold, complaintId,
                "surveys-team");
    }

    private static SurveyDissatisfactionRecorded recorded(boolean told, String howTold, String complaintId) {
        return new SurveyDissatisfactionRecorded(ID, RESPONDED, null, SURVEY, RESIDENT, SAID, told, howTold,
                complaintId, "surveys-team");
    }

    private static RecordToldHowToComplain tell(Instant at) {
        return new RecordToldHowToComplain(ID, at, null, "phoned; complaints policy sent by post", "ben.okoro");
    }

    private static LinkSurveyResponseToComplaint link(String complaintId, Instant at) {
        return new LinkSurveyResponseToComplaint(ID, at, null, complaintId, "ben.okoro");
    }

    @Test
    void dissatisfactionIsRecordedWithTheResidentToldHowToComplainAtTheTime() {
        fixture.givenNoPriorActivity()
                .when(record(true, HOW, null))
                .expectEvents(recorded(true, HOW, null));
    }

    @Test
    void aResidentNotToldAtTheTimeIsOnRecordAsNotTold() {
        fixture.givenNoPriorActivity()
                .when(record(false, null, null))
                .expectEvents(recorded(false, null, null));
    }

    @Test
    void aResponseThatAlreadyBecameAComplaintNamesIt() {
        fixture.givenNoPriorActivity()
                .when(record(true, HOW, "C-1"))
                .expectEvents(recorded(true, HOW, "C-1"));
    }

    @Test
    void aResidentToldHowToComplainIsToldSomehow() {
        fixture.givenNoPriorActivity()
                .when(record(true, " ", null))
                .expectException(invalidField("howTold"))
                .expectNoEvents();
    }

    @Test
    void aResidentNotToldWasNotToldAnyHow() {
        fixture.givenNoPriorActivity()
                .when(record(false, HOW, null))
                .expectException(invalidField("howTold"))
                .expectNoEvents();
    }

    @Test
    void aComplaintNotOnTheLedgerIsRefused() {
        fixture.givenNoPriorActivity()
                .when(record(true, HOW, "C-99"))
                .expectException(invalidField("complaintId"))
                .expectNoEvents();
    }

    @Test
    void recordSaysWhichSurveyWhoWhatTheySaidWhetherToldAndWhoRecordedIt() {
        RecordSurveyDissatisfaction empty = new RecordSurveyDissatisfaction(ID, null, null, " ", "Jane at 4 High St",
                "", null, null, "not a complaint id", null);
        assertThat(assertThrows(Throwable.class, () -> fixture.givenNoPriorActivity().when(empty)),
                violationsOn("survey", "residentId", "whatTheySaid", "toldHowToComplain", "complaintId", "recordedBy"));
    }

    @Test
    void aResidentNotToldAtTheTimeIsToldLater() {
        fixture.given(recorded(false, null, null))
                .when(tell(null))
                .expectEvents(new ResidentToldHowToComplain(ID, NOW, null, "phoned; complaints policy sent by post",
                        "ben.okoro"));
    }

    @Test
    void aResidentToldAtTheTimeIsNotToldAgain() {
        fixture.given(recorded(true, HOW, null))
                .when(tell(null))
                .expectException(breaks("resident-already-told-how-to-complain", null))
                .expectNoEvents();
    }

    @Test
    void aResidentToldLaterIsNotToldAgain() {
        fixture.given(recorded(false, null, null),
                        new ResidentToldHowToComplain(ID, NOW.minusSeconds(60), null, HOW, "ben.okoro"))
                .when(tell(null))
                .expectException(breaks("resident-already-told-how-to-complain", null))
                .expectNoEvents();
    }

    @Test
    void theResidentIsNotToldBeforeTheyResponded() {
        fixture.given(recorded(false, null, null))
                .when(tell(RESPONDED.minusSeconds(1)))
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }

    @Test
    void tellingLateNeedsAReasonForRecordingItLate() {
        // responded Fri 23 May 2025, told Tue 27 May (Mon 26 May was the spring bank holiday); recorded Mon 2 June,
        // 4 working days later (28, 29, 30 May, 2 June): more than 2, so a reason is needed
        SurveyDissatisfactionRecorded earlier = new SurveyDissatisfactionRecorded(ID,
                Instant.parse("2025-05-23T09:00:00Z"), "entered from the survey contractor's weekly file", SURVEY,
                RESIDENT, SAID, false, null, null, "surveys-team");
        fixture.given(earlier)
                .when(tell(Instant.parse("2025-05-27T09:00:00Z")))
                .expectException(invalidField("backdatingReason"))
                .expectNoEvents();
    }

    @Test
    void responseThatBecameAComplaintIsLinkedToIt() {
        fixture.given(recorded(false, null, null))
                .when(link("C-1", null))
                .expectEvents(new SurveyResponseBecameComplaint(ID, NOW, null, "C-1", "ben.okoro"));
    }

    @Test
    void responseBecomesOneComplaintOnly() {
        fixture.given(recorded(true, HOW, "C-1"))
                .when(link("C-1", null))
                .expectException(breaks("survey-response-already-became-complaint", null))
                .expectNoEvents();
    }

    @Test
    void linkedComplaintMustBeOnTheLedger() {
        fixture.given(recorded(false, null, null))
                .when(link("C-99", null))
                .expectException(invalidField("complaintId"))
                .expectNoEvents();
    }

    @Test
    void complaintCannotComeBeforeTheResponse() {
        fixture.given(recorded(false, null, null))
                .when(link("C-1", RESPONDED.minusSeconds(60)))
                .expectException(invalidField("occurredAt"))
                .expectNoEvents();
    }
}
