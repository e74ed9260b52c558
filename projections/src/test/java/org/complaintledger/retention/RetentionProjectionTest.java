package org.complaintledger.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.projectiontest.ProjectionDatabase.row;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.complaintledger.personaldata.DataSubjectForgotten;
import org.complaintledger.personaldata.ErasureReason;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.SqlTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The retention job's runs and the forgotten data subjects, on a real PostgreSQL with the application's migrations
 * (infra's create these tables): what each run did, counted, and a replay and a rebuild in memory giving the same
 * rows as live processing.
 */
class RetentionProjectionTest {

    private static final Instant STARTED = Instant.parse("2026-02-02T02:30:00Z");
    private static final Instant FINISHED = Instant.parse("2026-02-02T02:31:10Z");
    /** Six years before the run: subjects whose last complaint closed before then were due. */
    private static final Instant RETAINED_UNTIL = Instant.parse("2020-02-02T02:30:00Z");

    private static final DataSubjectForgotten ASKED_TO_BE_FORGOTTEN = new DataSubjectForgotten("resident-9",
            ErasureReason.ERASURE_REQUEST, "UK GDPR Art. 17", "dpo-1", Instant.parse("2026-01-20T15:00:00Z"), null);
    private static final DataSubjectForgotten FIRST_ERASED = forgotten("resident-1", "2026-02-02T02:30:20Z");
    private static final DataSubjectForgotten SECOND_ERASED = forgotten("resident-2", "2026-02-02T02:30:40Z");
    private static final RetentionRunRecorded RUN = new RetentionRunRecorded("run-1", STARTED, FINISHED, "schedule",
            "6 years after the complaint closed", RETAINED_UNTIL, List.of("resident-1", "resident-2", "resident-3"),
            List.of("resident-1", "resident-2"),
            List.of(new RetentionRunRecorded.NotErased("resident-3", "a complaint of theirs is with the Ombudsman")));

    private static final List<Object> HISTORY = List.of(ASKED_TO_BE_FORGOTTEN, FIRST_ERASED, SECOND_ERASED, RUN);

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withInfraMigrations();

    private RetentionProjection projection;

    @BeforeEach
    void emptyTables() {
        database.empty("retention_run", "forgotten_data_subject");
        projection = new RetentionProjection(new SqlTables(database.jdbc()));
    }

    @Test
    void aRunIsRecordedWithWhatItFoundDueErasedAndCouldNotErase() {
        feedAll();
        assertThat(database.rows("SELECT * FROM retention_run")).containsExactly(row("run_id", "run-1",
                "started_at", STARTED, "finished_at", FINISHED, "run_trigger", "schedule",
                "policy", "6 years after the complaint closed", "retained_until", RETAINED_UNTIL,
                "due", 3, "erased", 2, "not_erased", 1));
    }

    @Test
    void everyForgottenSubjectIsKeptWithWhenAndWhy() {
        feedAll();
        assertThat(forgottenSubjects()).containsExactly(
                row("data_subject_id", "resident-1", "forgotten_at", Instant.parse("2026-02-02T02:30:20Z"),
                        "reason", "RETENTION_ENDED"),
                row("data_subject_id", "resident-2", "forgotten_at", Instant.parse("2026-02-02T02:30:40Z"),
                        "reason", "RETENTION_ENDED"),
                row("data_subject_id", "resident-9", "forgotten_at", Instant.parse("2026-01-20T15:00:00Z"),
                        "reason", "ERASURE_REQUEST"));
    }

    @Test
    void aReplayGivesTheSameRowsAsLiveProcessing() {
        feedAll();
        List<Map<String, Object>> runs = database.rows("SELECT * FROM retention_run");
        List<Map<String, Object>> forgotten = forgottenSubjects();

        // Over the rows already there (a processor restarting from an earlier token) ...
        feedAll();
        assertThat(database.rows("SELECT * FROM retention_run")).isEqualTo(runs);
        assertThat(forgottenSubjects()).isEqualTo(forgotten);

        // ... and from scratch.
        projection.replayFromScratch();
        assertThat(database.rows("SELECT * FROM retention_run")).isEmpty();
        assertThat(forgottenSubjects()).isEmpty();
        feedAll();
        assertThat(database.rows("SELECT * FROM retention_run")).isEqualTo(runs);
        assertThat(forgottenSubjects()).isEqualTo(forgotten);
    }

    @Test
    void aRebuildInMemoryGivesTheSameRowsAsLiveProcessing() {
        feedAll();
        List<Map<String, Object>> runs = database.rows("SELECT * FROM retention_run");
        List<Map<String, Object>> forgotten = forgottenSubjects();

        database.rebuildInMemory(projection, HISTORY);
        assertThat(database.rows("SELECT * FROM retention_run")).hasSize(1).isEqualTo(runs);
        assertThat(forgottenSubjects()).hasSize(3).isEqualTo(forgotten);
    }

    private void feedAll() {
        HISTORY.forEach(this::feed);
    }

    private static List<Map<String, Object>> forgottenSubjects() {
        return database.rows("SELECT * FROM forgotten_data_subject ORDER BY data_subject_id");
    }

    private static DataSubjectForgotten forgotten(String subject, String at) {
        return new DataSubjectForgotten(subject, ErasureReason.RETENTION_ENDED, "6 years after the complaint closed",
                "retention", Instant.parse(at), null);
    }

    /** The projection reads no more than the event itself. */
    private void feed(Object event) {
        projection.apply(new ProjectedEvent(event, Instant.EPOCH, null, 0));
    }
}
