package org.complaintledger.complaint;

import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Rejections.notOnRecord;
import static org.complaintledger.complaint.Steps.ACKNOWLEDGED;
import static org.complaintledger.complaint.Steps.ID;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.answered;
import static org.complaintledger.complaint.Steps.apology;
import static org.complaintledger.complaint.Steps.complete;
import static org.complaintledger.complaint.Steps.compensation;
import static org.complaintledger.complaint.Steps.finallyAnswered;
import static org.complaintledger.complaint.Steps.offer;
import static org.complaintledger.complaint.Steps.with;
import static org.complaintledger.complaint.Steps.withdrawn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Remedies offered at any stage (5.13, 7.1-7.3) and actions followed through to completion (6.17). The stage 1
 * response put on the record action-1, an apology due Fri 30 May, and action-2, a survey due Fri 20 June.
 */
class RemediesAndActionsTest {

    private static final LocalDate APOLOGY_DUE = LocalDate.of(2025, 5, 30);
    private static final LocalDate SURVEY_DUE = LocalDate.of(2025, 6, 20);
    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    private final FixtureConfiguration<Complaint> fixture = ComplaintFixture.atNow();

    @Test
    void firstRemedyOfferedBeforeAnyResponseIsActionOne() {
        fixture.given(acknowledged())
                .when(offer(apology(JUNE_30)))
                .expectEvents(new RemedyOffered(ID, NOW, null, apology(JUNE_30).tracked("action-1")));
    }

    @Test
    void remedyOfferedAfterAResponseContinuesItsActionNumbering() {
        fixture.given(answered())
                .when(offer(compensation(15_000, JUNE_30)))
                .expectEvents(new RemedyOffered(ID, NOW, null,
                        new TrackedRemedy("action-3", RemedyType.FINANCIAL, "compensation for damaged belongings",
                                15_000L, JUNE_30)));
    }

    @Test
    void remediesOfferedOneAfterAnotherAreNumberedInOrder() {
        fixture.given(with(answered(), new RemedyOffered(ID, Instant.parse("2025-05-29T09:00:00Z"), null,
                        compensation(15_000, JUNE_30).tracked("action-3"))))
                .when(offer(apology(JUNE_30)))
                .expectEvents(new RemedyOffered(ID, NOW, null, apology(JUNE_30).tracked("action-4")));
    }

    @Test
    void actionCompletedByItsDueDateIsOnTime() {
        fixture.given(answered())
                .when(complete("action-2"))
                .expectEvents(new ActionCompleted(ID, NOW, null, "action-2", "done", SURVEY_DUE, true));
    }

    @Test
    void actionCompletedAfterItsDueDateIsLate() {
        fixture.given(answered())
                .when(complete("action-1"))
                .expectEvents(new ActionCompleted(ID, NOW, null, "action-1", "done", APOLOGY_DUE, false));
    }

    @Test
    void actionCompletedOnItsDueDateIsOnTime() {
        fixture.given(with(answered(), new RemedyOffered(ID, Instant.parse("2025-05-29T09:00:00Z"), null,
                        apology(TODAY).tracked("action-3"))))
                .when(complete("action-3"))
                .expectEvents(new ActionCompleted(ID, NOW, null, "action-3", "done", TODAY, true));
    }

    @Test
    void remedyOfferedOutsideAResponseCanBeCompleted() {
        fixture.given(with(acknowledged(),
                        new RemedyOffered(ID, ACKNOWLEDGED, null, apology(JUNE_30).tracked("action-1"))))
                .when(complete("action-1"))
                .expectEvents(new ActionCompleted(ID, NOW, null, "action-1", "done", JUNE_30, true));
    }

    @Test
    void unknownActionIsNotOnRecord() {
        fixture.given(answered())
                .when(complete("action-3"))
                .expectException(notOnRecord("action-3"))
                .expectNoEvents();
    }

    @Test
    void actionCannotBeCompletedTwice() {
        fixture.given(with(answered(), new ActionCompleted(ID, Instant.parse("2025-05-29T09:00:00Z"), null, "action-1",
                        "sent", APOLOGY_DUE, true)))
                .when(complete("action-1"))
                .expectException(breaks("action-already-completed", null))
                .expectNoEvents();
    }

    static Stream<List<Object>> afterTheComplaintIsOver() {
        return Stream.of(finallyAnswered(), with(answered(), withdrawn(Instant.parse("2025-05-29T09:00:00Z"))));
    }

    @ParameterizedTest
    @MethodSource("afterTheComplaintIsOver")
    void actionsAreFollowedThroughAfterTheComplaintIsOver(List<Object> history) {
        fixture.given(history)
                .when(complete("action-2"))
                .expectEvents(new ActionCompleted(ID, NOW, null, "action-2", "done", SURVEY_DUE, true));
    }

    @Test
    void noRemedyCanBeOfferedOnAWithdrawnComplaint() {
        fixture.given(with(answered(), withdrawn(Instant.parse("2025-05-29T09:00:00Z"))))
                .when(offer(apology(JUNE_30)))
                .expectException(breaks("complaint-withdrawn", null))
                .expectNoEvents();
    }
}
