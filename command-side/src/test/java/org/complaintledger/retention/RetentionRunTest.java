package org.complaintledger.retention;

import static org.complaintledger.complaint.Rejections.invalidField;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.retention.RetentionRunRecorded.NotErased;
import org.junit.jupiter.api.Test;

/** A retention run goes on the record whole, and its record adds up. */
class RetentionRunTest {

    private static final Instant STARTED = Instant.parse("2031-04-02T01:30:00Z");
    private static final Instant FINISHED = Instant.parse("2031-04-02T01:30:04Z");
    private static final Instant RETAINED_UNTIL = Instant.parse("2025-04-02T01:30:00Z");

    private final FixtureConfiguration<RetentionRun> fixture = new AggregateTestFixture<>(RetentionRun.class);

    @Test
    void recordsWhatFellDueWhatWasErasedAndWhatWasNot() {
        List<NotErased> notErased = List.of(new NotErased("R-3", "already erased on request"));
        fixture.givenNoPriorActivity()
                .when(run(List.of("R-1", "R-2", "R-3"), List.of("R-1", "R-2"), notErased))
                .expectEvents(new RetentionRunRecorded("run-1", STARTED, FINISHED, "schedule",
                        "6 years after the complaint closed", RETAINED_UNTIL, List.of("R-1", "R-2", "R-3"),
                        List.of("R-1", "R-2"), notErased));
    }

    @Test
    void refusesARecordThatLosesADueSubject() {
        fixture.givenNoPriorActivity()
                .when(run(List.of("R-1", "R-2"), List.of("R-1"), List.of()))
                .expectNoEvents()
                .expectException(invalidField("erasedSubjects"));
    }

    @Test
    void refusesARecordThatErasedASubjectThatWasNotDue() {
        fixture.givenNoPriorActivity()
                .when(run(List.of("R-1"), List.of("R-1", "R-9"), List.of()))
                .expectNoEvents()
                .expectException(invalidField("erasedSubjects"));
    }

    @Test
    void refusesARunThatFinishedBeforeItStarted() {
        fixture.givenNoPriorActivity()
                .when(new RecordRetentionRun("run-1", FINISHED, STARTED, "schedule", "6 years after the complaint closed",
                        RETAINED_UNTIL, List.of(), List.of(), List.of()))
                .expectNoEvents()
                .expectException(invalidField("finishedAt"));
    }

    private static RecordRetentionRun run(List<String> due, List<String> erased, List<NotErased> notErased) {
        return new RecordRetentionRun("run-1", STARTED, FINISHED, "schedule", "6 years after the complaint closed",
                RETAINED_UNTIL, due, erased, notErased);
    }
}
