package org.complaintledger.retention;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.complaintledger.personaldata.DataSubjectForgotten;
import org.complaintledger.survey.ResidentToldHowToComplain;
import org.complaintledger.survey.SurveyDissatisfactionRecorded;
import org.complaintledger.survey.SurveyResponseBecameComplaint;
import org.complaintledger.survey.SurveyResponseEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The runs of the retention job, which data subjects are already forgotten (so they never fall due again), and the
 * survey responses that expressed dissatisfaction (1.6) with their last step, so that a resident known only through
 * them falls due too. Complaints are counted from {@code case_summary}.
 */
@Component
@ProcessingGroup(RetentionProjection.PROCESSING_GROUP)
public class RetentionProjection {

    public static final String PROCESSING_GROUP = "retention";

    private final JdbcTemplate jdbc;

    public RetentionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RetentionRunEvent event) {
        switch (event) {
            case RetentionRunRecorded e -> jdbc.update("INSERT INTO retention_run (run_id, started_at, finished_at, "
                            + "run_trigger, policy, retained_until, due, erased, not_erased) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT (run_id) DO NOTHING",
                    e.runId(), Timestamp.from(e.startedAt()), Timestamp.from(e.finishedAt()), e.trigger(), e.policy(),
                    Timestamp.from(e.retainedUntil()), e.dueSubjects().size(), e.erasedSubjects().size(),
                    e.notErased().size());
        }
    }

    @EventHandler
    void on(DataSubjectForgotten event) {
        jdbc.update("INSERT INTO forgotten_data_subject (data_subject_id, forgotten_at, reason) VALUES (?, ?, ?) "
                        + "ON CONFLICT (data_subject_id) DO NOTHING",
                event.dataSubjectId(), Timestamp.from(event.occurredAt()), event.reason().name());
    }

    /**
     * A response's clock runs from its last step (responded, told how to complain, linked to a complaint); steps
     * are kept as the latest seen, so a replay over existing rows changes nothing.
     */
    @EventHandler
    void on(SurveyResponseEvent event) {
        switch (event) {
            case SurveyDissatisfactionRecorded e -> jdbc.update("INSERT INTO retention_survey_response (response_id, "
                            + "data_subject_id, last_step_at, complaint_id) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT (response_id) DO NOTHING",
                    e.responseId(), e.residentId(), Timestamp.from(e.occurredAt()), e.complaintId());
            case ResidentToldHowToComplain e -> touched(e, null);
            case SurveyResponseBecameComplaint e -> touched(e, e.complaintId());
        }
    }

    @ResetHandler
    void replayFromScratch() {
        jdbc.update("DELETE FROM retention_survey_response");
        jdbc.update("DELETE FROM retention_run");
        jdbc.update("DELETE FROM forgotten_data_subject");
    }

    /** A later step of the response; {@code complaintId}, when not null, is the complaint it became. */
    private void touched(SurveyResponseEvent event, String complaintId) {
        jdbc.update("UPDATE retention_survey_response SET last_step_at = GREATEST(last_step_at, ?), "
                        + "complaint_id = COALESCE(?, complaint_id) WHERE response_id = ?",
                Timestamp.from(event.occurredAt()), complaintId, event.responseId());
    }
}
