package org.complaintledger.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.ledger.ComplaintsOnLedger;
import org.complaintledger.review.RecordFixture;

/**
 * Test data: a lesson drawn on Friday 30 May 2025 from two complaints, its improvement due by 30 September; now is
 * Monday 2 June 2025 (RecordFixture). Complaints C-1 to C-4 are on the ledger, no other.
 */
final class LearningSteps {

    static final String ID = "L-1";
    /** Friday 30 May 2025, 10:00 in London: one working day before now, so no backdating reason is needed. */
    static final Instant DRAWN = Instant.parse("2025-05-30T09:00:00Z");
    static final LocalDate DUE = LocalDate.of(2025, 9, 30);
    static final List<String> FROM = List.of("C-1", "C-2");
    static final String LESSON = "repair appointments were missed when the contractor's van was diverted";
    static final String IMPROVEMENT = "text residents the morning of any rescheduled repair appointment";
    static final String OWNER = "repairs-team";
    static final String RECORDED_BY = "alice.shah";

    private LearningSteps() {
    }

    static FixtureConfiguration<Learning> fixture() {
        FixtureConfiguration<Learning> fixture = RecordFixture.atNow(Learning.class);
        Set<String> onLedger = Set.of("C-1", "C-2", "C-3", "C-4");
        fixture.registerInjectableResource((ComplaintsOnLedger) onLedger::contains);
        return fixture;
    }

    static RecordLearning record(List<String> complaintIds, Instant at, String backdatingReason, LocalDate due) {
        return new RecordLearning(ID, at, backdatingReason, complaintIds, LESSON, IMPROVEMENT, OWNER, due, RECORDED_BY);
    }

    static RecordLearning record(List<String> complaintIds) {
        return record(complaintIds, DRAWN, null, DUE);
    }

    static LearningRecorded recorded(Instant at, String backdatingReason, LocalDate due) {
        return new LearningRecorded(ID, at, backdatingReason, FROM, LESSON, IMPROVEMENT, OWNER, due, RECORDED_BY);
    }

    static LearningRecorded recorded() {
        return recorded(DRAWN, null, DUE);
    }
}
