package org.complaintledger.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintledger.personaldata.DataSubjectForgotten;
import org.complaintledger.personaldata.ErasureReason;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.SqlTables;
import org.complaintledger.survey.ResidentToldHowToComplain;
import org.complaintledger.survey.SurveyDissatisfactionRecorded;
import org.complaintledger.survey.SurveyResponseBecameComplaint;
import org.complaintledger.survey.SurveyResponseEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The retention projection's survey responses (1.6) on a real PostgreSQL with its migrations: each response a row
 * under its resident, its clock moved on by every later step and never back, the complaint it became, and a replay
 * and a rebuild in memory giving the same rows as live processing.
 */
class RetentionProjectionSurveyTest {

    private static final Instant RESPONDED = Instant.parse("2020-03-02T10:00:00Z");
    private static final Instant TOLD = Instant.parse("2020-03-09T14:30:00Z");
    private static final Instant BECAME_COMPLAINT = Instant.parse("2020-04-01T09:00:00Z");
    private static final Instant FORGOTTEN = Instant.parse("2026-05-01T02:30:00Z");

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withInfraMigrations();

    private RetentionProjection projection;

    /** R-ADA responds (not told), is told a week later, and the response becomes a complaint; R-BEN told at once. */
    private static final List<SurveyResponseEvent> HISTORY = List.of(
            recorded("S-1", "R-ADA", false, null),
            recorded("S-2", "R-BEN", true, "C-BEN"),
            new ResidentToldHowToComplain("S-1", TOLD, null, "Phoned; complaints policy emailed", "ben.okoro"),
            new SurveyResponseBecameComplaint("S-1", BECAME_COMPLAINT, null, "C-ADA", "ben.okoro"));

    @BeforeEach
    void emptyTables() {
        database.empty("retention_survey_response", "forgotten_data_subject", "retention_run");
        projection = new RetentionProjection(new SqlTables(database.jdbc()));
    }

    @Test
    void aResponseIsARowUnderItsResidentFromWhenTheyResponded() {
        feed(HISTORY.get(0));
        feed(HISTORY.get(1));
        assertThat(rows()).containsExactly(
                "S-1 R-ADA " + RESPONDED + " -",
                "S-2 R-BEN " + RESPONDED + " C-BEN");
    }

    @Test
    void beingToldHowToComplainLaterMovesTheClockOn() {
        HISTORY.subList(0, 3).forEach(this::feed);
        assertThat(rows()).first().isEqualTo("S-1 R-ADA " + TOLD + " -");
    }

    @Test
    void becomingAComplaintNamesItAndMovesTheClockOn() {
        HISTORY.forEach(this::feed);
        assertThat(rows()).first().isEqualTo("S-1 R-ADA " + BECAME_COMPLAINT + " C-ADA");
    }

    @Test
    void anEarlierStepSeenAgainDoesNotMoveTheClockBack() {
        HISTORY.forEach(this::feed);
        feed(HISTORY.get(2));
        assertThat(rows()).first().isEqualTo("S-1 R-ADA " + BECAME_COMPLAINT + " C-ADA");
    }

    @Test
    void forgettingTheResidentKeepsTheRowAndRecordsTheErasure() {
        HISTORY.forEach(this::feed);
        feed(forgotten("R-ADA"));
        assertThat(rows()).hasSize(2);
        assertThat(database.jdbc().queryForList("SELECT data_subject_id, reason FROM forgotten_data_subject"))
                .containsExactly(Map.of("data_subject_id", "R-ADA", "reason", "RETENTION_ENDED"));
    }

    @Test
    void aReplayGivesTheSameRowsAsLiveProcessing() {
        HISTORY.forEach(this::feed);
        feed(forgotten("R-ADA"));
        List<String> live = rows();

        // Replayed over the rows already there (a processor restarting from an earlier token) ...
        HISTORY.forEach(this::feed);
        feed(forgotten("R-ADA"));
        assertThat(rows()).isEqualTo(live);

        // ... and from nothing, as Axon's reset does.
        projection.replayFromScratch();
        assertThat(rows()).isEmpty();
        HISTORY.forEach(this::feed);
        feed(forgotten("R-ADA"));
        assertThat(rows()).isEqualTo(live);
    }

    @Test
    void aRebuildInMemoryGivesTheSameRowsAsLiveProcessing() {
        List<Object> history = new ArrayList<>(HISTORY);
        history.add(forgotten("R-ADA"));
        history.add(HISTORY.get(2));  // an earlier step seen again
        history.forEach(this::feed);
        List<String> live = rows();
        List<Map<String, Object>> forgotten = database.rows("SELECT * FROM forgotten_data_subject");

        database.rebuildInMemory(projection, history);
        assertThat(rows()).hasSize(2).isEqualTo(live);
        assertThat(database.rows("SELECT * FROM forgotten_data_subject")).hasSize(1).isEqualTo(forgotten);
    }

    private static SurveyDissatisfactionRecorded recorded(String responseId, String residentId, boolean told,
                                                          String complaintId) {
        return new SurveyDissatisfactionRecorded(responseId, RESPONDED, null, "repairs transactional survey",
                residentId, "Nobody ever calls back", told, told ? "Complaints leaflet handed over" : null,
                complaintId, "surveys-team");
    }

    private static DataSubjectForgotten forgotten(String subject) {
        return new DataSubjectForgotten(subject, ErasureReason.RETENTION_ENDED, "retention policy: P6Y",
                "retention job (schedule)", FORGOTTEN, null);
    }

    /** "response subject lastStepAt complaint|-", by response id. */
    private static List<String> rows() {
        return database.jdbc().query("SELECT response_id, data_subject_id, last_step_at, complaint_id "
                        + "FROM retention_survey_response ORDER BY response_id",
                (rs, row) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + rs.getObject(3, Timestamp.class).toInstant() + " "
                        + (rs.getString(4) == null ? "-" : rs.getString(4)));
    }

    /** The projection reads no more than the event itself. */
    private void feed(Object event) {
        projection.apply(new ProjectedEvent(event, Instant.EPOCH, null, 0));
    }
}
