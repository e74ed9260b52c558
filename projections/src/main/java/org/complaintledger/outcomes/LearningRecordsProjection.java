package org.complaintledger.outcomes;

import static org.complaintledger.outcomes.Days.date;
import static org.complaintledger.outcomes.Days.dayOf;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.complaintledger.learning.ImprovementDelivered;
import org.complaintledger.learning.ImprovementOwnerReassigned;
import org.complaintledger.learning.ImprovementRescheduled;
import org.complaintledger.learning.LearningEvent;
import org.complaintledger.learning.LearningLinkedToComplaint;
import org.complaintledger.learning.LearningRecorded;
import org.complaintledger.reporting.ReportReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Learning from complaints (9.1-9.3) and the service improvements delivered (8.1 d), in the outcomes-and-remedies
 * group: which complaints each lesson was drawn from or later linked to, who is accountable (a member of staff or a
 * team, acting in their role), when the improvement is due and whether it was delivered on time. The lessons and
 * improvements themselves are free text and stay in the event store.
 */
@Component
@ProcessingGroup(OutcomesAndRemediesProjection.PROCESSING_GROUP)
public class LearningRecordsProjection implements ReportReadModel {

    private final JdbcTemplate jdbc;

    public LearningRecordsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LearningEvent event) {
        String id = event.learningId();
        switch (event) {
            case LearningRecorded e -> {
                jdbc.update("INSERT INTO learning_record (learning_id, recorded_on, owner, improvement_due, "
                                + "reschedules) VALUES (?, ?, ?, ?, 0) ON CONFLICT DO NOTHING",
                        id, dayOf(e.occurredAt()), e.owner(), date(e.improvementDue()));
                for (String complaintId : e.complaintIds()) {
                    linked(id, complaintId, e);
                }
            }
            case LearningLinkedToComplaint e -> linked(id, e.complaintId(), e);
            case ImprovementOwnerReassigned e ->
                    jdbc.update("UPDATE learning_record SET owner = ? WHERE learning_id = ?", e.owner(), id);
            // An event already seen finds the date already moved, so it counts no second reschedule.
            case ImprovementRescheduled e -> jdbc.update("UPDATE learning_record SET improvement_due = ?, "
                    + "reschedules = reschedules + 1 WHERE learning_id = ? AND improvement_due <> ?",
                    date(e.improvementDue()), id, date(e.improvementDue()));
            case ImprovementDelivered e -> jdbc.update("UPDATE learning_record SET delivered_on = ?, on_time = ? "
                    + "WHERE learning_id = ?", dayOf(e.occurredAt()), e.onTime(), id);
        }
    }

    @ResetHandler
    void replayFromScratch() {
        // the links first: they name the records
        tables().reversed().forEach(table -> jdbc.update("DELETE FROM " + table));
    }

    @Override
    public List<String> tables() {
        return List.of("learning_record", "learning_complaint");
    }

    @Override
    public void apply(Object event, Instant recordedAt) {
        if (event instanceof LearningEvent e) {
            on(e);
        }
    }

    private void linked(String learningId, String complaintId, LearningEvent e) {
        jdbc.update("INSERT INTO learning_complaint (learning_id, complaint_id, linked_on) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", learningId, complaintId, dayOf(e.occurredAt()));
    }
}
