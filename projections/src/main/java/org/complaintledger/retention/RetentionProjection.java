package org.complaintledger.retention;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.complaintledger.personaldata.DataSubjectForgotten;
import org.complaintledger.readmodel.LiveProjection;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.ReadModelTable;
import org.complaintledger.readmodel.ReadModelTables;
import org.complaintledger.survey.ResidentToldHowToComplain;
import org.complaintledger.survey.SurveyDissatisfactionRecorded;
import org.complaintledger.survey.SurveyResponseBecameComplaint;
import org.complaintledger.survey.SurveyResponseEvent;
import org.springframework.stereotype.Component;

/**
 * The runs of the retention job, which data subjects are already forgotten (so they never fall due again), and the
 * survey responses that expressed dissatisfaction (1.6) with their last step, so that a resident known only through
 * them falls due too. Complaints are counted from {@code case_summary}.
 */
@Component
@ProcessingGroup(RetentionProjection.PROCESSING_GROUP)
public class RetentionProjection extends LiveProjection {

    public static final String PROCESSING_GROUP = "retention";

    private final ReadModelTable surveyResponses;
    private final ReadModelTable runs;
    private final ReadModelTable forgotten;

    public RetentionProjection(ReadModelTables tables) {
        super(tables);
        this.surveyResponses = tables.table("retention_survey_response");
        this.runs = tables.table("retention_run");
        this.forgotten = tables.table("forgotten_data_subject");
    }

    @Override
    public List<String> tables() {
        return List.of("retention_survey_response", "retention_run", "forgotten_data_subject");
    }

    @Override
    public RetentionProjection over(ReadModelTables tables) {
        return new RetentionProjection(tables);
    }

    @Override
    public void apply(ProjectedEvent event) {
        switch (event.payload()) {
            case RetentionRunEvent e -> on(e);
            case DataSubjectForgotten e -> on(e);
            case SurveyResponseEvent e -> on(e);
            default -> { /* nothing retention counts */ }
        }
    }

    private void on(RetentionRunEvent event) {
        switch (event) {
            case RetentionRunRecorded e -> runs.insertIfAbsent(runs.newRow().set("run_id", e.runId())
                    .set("started_at", e.startedAt()).set("finished_at", e.finishedAt()).set("run_trigger", e.trigger())
                    .set("policy", e.policy()).set("retained_until", e.retainedUntil())
                    .set("due", e.dueSubjects().size()).set("erased", e.erasedSubjects().size())
                    .set("not_erased", e.notErased().size()));
        }
    }

    private void on(DataSubjectForgotten event) {
        forgotten.insertIfAbsent(forgotten.newRow().set("data_subject_id", event.dataSubjectId())
                .set("forgotten_at", event.occurredAt()).set("reason", event.reason().name()));
    }

    /**
     * A response's clock runs from its last step (responded, told how to complain, linked to a complaint); steps
     * are kept as the latest seen, so a replay over existing rows changes nothing.
     */
    private void on(SurveyResponseEvent event) {
        switch (event) {
            case SurveyDissatisfactionRecorded e -> surveyResponses.insertIfAbsent(surveyResponses.newRow()
                    .set("response_id", e.responseId()).set("data_subject_id", e.residentId())
                    .set("last_step_at", e.occurredAt()).set("complaint_id", e.complaintId()));
            case ResidentToldHowToComplain e -> touched(e, null);
            case SurveyResponseBecameComplaint e -> touched(e, e.complaintId());
        }
    }

    /** A later step of the response; {@code complaintId}, when not null, is the complaint it became. */
    private void touched(SurveyResponseEvent event, String complaintId) {
        surveyResponses.update(row -> {
            row.latest("last_step_at", event.occurredAt());
            if (complaintId != null) {
                row.set("complaint_id", complaintId);
            }
        }, event.responseId());
    }
}
