package org.complaintledger.complaint;

import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Steps.ACKNOWLEDGED;
import static org.complaintledger.complaint.Steps.ID;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.SHA256;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.addIssue;
import static org.complaintledger.complaint.Steps.answered;
import static org.complaintledger.complaint.Steps.attach;
import static org.complaintledger.complaint.Steps.correspondence;
import static org.complaintledger.complaint.Steps.correspondenceRecorded;
import static org.complaintledger.complaint.Steps.document;
import static org.complaintledger.complaint.Steps.escalated;
import static org.complaintledger.complaint.Steps.finallyAnswered;
import static org.complaintledger.complaint.Steps.received;
import static org.complaintledger.complaint.Steps.refused;
import static org.complaintledger.complaint.Steps.stageTwoUnderWay;
import static org.complaintledger.complaint.Steps.with;
import static org.complaintledger.complaint.Steps.withdrawn;

import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is kept on the record besides the steps: further issues (6.8), correspondence and documents (5.12) and
 * the agreed interval for keeping the resident informed (5.9).
 */
class RecordKeepingTest {

    private final FixtureConfiguration<Complaint> fixture = ComplaintFixture.atNow();

    static Stream<List<Object>> beforeTheStageOneResponse() {
        return Stream.of(received(), acknowledged());
    }

    @ParameterizedTest
    @MethodSource("beforeTheStageOneResponse")
    void issueRaisedBeforeTheStageOneResponseIsFoldedIntoStageOne(List<Object> history) {
        fixture.given(history)
                .when(addIssue())
                .expectEvents(new IssueAdded(ID, NOW, null, "mould on the kitchen ceiling", List.of("mould treated")));
    }

    @Test
    void issueWithoutOutcomesSoughtIsRecordedWithNone() {
        fixture.given(received())
                .when(new AddIssue(ID, null, null, "broken window latch", null))
                .expectEvents(new IssueAdded(ID, NOW, null, "broken window latch", List.of()));
    }

    static Stream<List<Object>> afterTheStageOneResponse() {
        return Stream.of(answered(), escalated(), stageTwoUnderWay(), finallyAnswered());
    }

    @ParameterizedTest
    @MethodSource("afterTheStageOneResponse")
    void issueRaisedAfterTheStageOneResponseMustBeANewComplaint(List<Object> history) {
        fixture.given(history)
                .when(addIssue())
                .expectException(breaks("issue-after-stage-one-response", "6.8"))
                .expectNoEvents();
    }

    /** Every point of a complaint's life, including its ends. */
    static Stream<List<Object>> anyStage() {
        return Stream.of(received(), acknowledged(), answered(), escalated(), stageTwoUnderWay(), finallyAnswered(),
                with(received(), refused(ACKNOWLEDGED)),
                with(acknowledged(), withdrawn(ACKNOWLEDGED.plusSeconds(60))));
    }

    @ParameterizedTest
    @MethodSource("anyStage")
    void correspondenceCanBeRecordedAtAnyStage(List<Object> history) {
        fixture.given(history)
                .when(correspondence(null, null))
                .expectEvents(correspondenceRecorded(NOW, null));
    }

    @ParameterizedTest
    @MethodSource("anyStage")
    void documentsCanBeAttachedAtAnyStage(List<Object> history) {
        fixture.given(history)
                .when(attach(SHA256))
                .expectEvents(new DocumentAttached(ID, NOW, null, DocumentKind.SURVEY, document(SHA256),
                        "damp survey"));
    }

    @Test
    void correspondenceWithoutDocumentsIsRecordedWithNone() {
        fixture.given(received())
                .when(new RecordCorrespondence(ID, null, null, Correspondence.Direction.INBOUND,
                        Correspondence.Party.CONTRACTOR, Channel.PHONE, "contractor can come on Thursday", null))
                .expectEvents(new CorrespondenceRecorded(ID, NOW, null, Correspondence.Direction.INBOUND,
                        Correspondence.Party.CONTRACTOR, Channel.PHONE, "contractor can come on Thursday", List.of()));
    }

    @Test
    void agreesHowOftenTheResidentIsKeptInformed() {
        fixture.given(acknowledged())
                .when(Steps.agreeUpdatesEvery(5))
                .expectEvents(new UpdateIntervalAgreed(ID, NOW, null, 5, "phone call"));
    }

    @Test
    void agreesAnUpdateIntervalEvenAfterTheFinalResponseWhileActionsAreOutstanding() {
        fixture.given(finallyAnswered())
                .when(Steps.agreeUpdatesEvery(10))
                .expectEvents(new UpdateIntervalAgreed(ID, NOW, null, 10, "phone call"));
    }

    @Test
    void noUpdateIntervalOnAWithdrawnComplaint() {
        fixture.given(with(acknowledged(), withdrawn(ACKNOWLEDGED.plusSeconds(60))))
                .when(Steps.agreeUpdatesEvery(5))
                .expectException(breaks("complaint-withdrawn", null))
                .expectNoEvents();
    }
}
