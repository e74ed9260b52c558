package org.complaintledger.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a projection gets from its processor: each event with when it was recorded and the record and position it
 * belongs to, applied to the tables it was made with; and a reset of the processor empties every one of its tables.
 */
class LiveProjectionTest {

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    private static final Instant RECORDED = Instant.parse("2026-03-02T09:30:00.123456Z");

    /** Writes one row per event it is given: what the processor handed it. */
    @ProcessingGroup("live-projection-sample")
    static final class EventsSeen extends LiveProjection {

        private final ReadModelTable seen;

        EventsSeen(ReadModelTables tables) {
            super(tables);
            this.seen = tables.table("live_projection_sample");
        }

        @Override
        public List<String> tables() {
            return List.of("live_projection_sample");
        }

        @Override
        public void apply(ProjectedEvent event) {
            seen.insertIfAbsent(seen.newRow().set("payload", event.payload().toString())
                    .set("record_id", event.recordId()).set("sequence", event.sequence())
                    .set("recorded_at", event.recordedAt()));
        }

        @Override
        public EventsSeen over(ReadModelTables tables) {
            return new EventsSeen(tables);
        }
    }

    private EventsSeen projection;

    @BeforeAll
    static void createTable() {
        database.jdbc().execute("CREATE TABLE live_projection_sample (payload TEXT PRIMARY KEY, record_id TEXT, "
                + "sequence BIGINT NOT NULL, recorded_at TIMESTAMPTZ NOT NULL)");
    }

    @BeforeEach
    void emptyTable() {
        database.empty("live_projection_sample");
        projection = new EventsSeen(new SqlTables(database.jdbc()));
    }

    @Test
    void appliesEachEventWithItsRecordPositionAndRecordedTime() {
        projection.on("logged", new GenericDomainEventMessage<>("Complaint", "C-1", 3, "logged", Map.of(), "e-1",
                RECORDED));
        projection.on("no record", new GenericEventMessage<>(new GenericMessage<>("e-2",
                "no record", Map.of()), () -> RECORDED));

        assertThat(database.rows("SELECT payload, record_id, sequence, recorded_at FROM live_projection_sample "
                + "ORDER BY payload")).containsExactly(
                ProjectionDatabase.row("payload", "logged", "record_id", "C-1", "sequence", 3L, "recorded_at", RECORDED),
                ProjectionDatabase.row("payload", "no record", "record_id", null, "sequence", 0L,
                        "recorded_at", RECORDED));
    }

    @Test
    void aResetOfItsProcessorEmptiesEveryTableItWrites() {
        projection.on("logged", new GenericDomainEventMessage<>("Complaint", "C-1", 0, "logged", Map.of(), "e-1",
                RECORDED));

        projection.replayFromScratch();

        assertThat(database.jdbc().queryForObject("SELECT count(*) FROM live_projection_sample", Long.class)).isZero();
    }

    @Test
    void takesItsProcessingGroupFromItsAnnotation() {
        assertThat(projection.processingGroup()).isEqualTo("live-projection-sample");
    }
}
