package org.complaintledger.outcomes;

import static org.complaintledger.outcomes.Days.dayOf;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.complaintledger.learning.ImprovementDelivered;
import org.complaintledger.learning.ImprovementOwnerReassigned;
import org.complaintledger.learning.ImprovementRescheduled;
import org.complaintledger.learning.LearningEvent;
import org.complaintledger.learning.LearningLinkedToComplaint;
import org.complaintledger.learning.LearningRecorded;
import org.complaintledger.readmodel.LiveProjection;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.ReadModelTable;
import org.complaintledger.readmodel.ReadModelTables;
import org.complaintledger.reporting.ReportReadModel;
import org.springframework.stereotype.Component;

/**
 * Learning from complaints (9.1-9.3) and the service improvements delivered (8.1 d), in the outcomes-and-remedies
 * group: which complaints each lesson was drawn from or later linked to, who is accountable (a member of staff or a
 * team, acting in their role), when the improvement is due and whether it was delivered on time. The lessons and
 * improvements themselves are free text and stay in the event store.
 */
@Component
@ProcessingGroup(OutcomesAndRemediesProjection.PROCESSING_GROUP)
public class LearningRecordsProjection extends LiveProjection implements ReportReadModel {

    private final ReadModelTable records;
    private final ReadModelTable links;

    public LearningRecordsProjection(ReadModelTables tables) {
        super(tables);
        this.records = tables.table("learning_record");
        this.links = tables.table("learning_complaint");
    }

    /** The records, then the links that name them (no foreign key ties them, so a reset may empty either first). */
    @Override
    public List<String> tables() {
        return List.of("learning_record", "learning_complaint");
    }

    @Override
    public LearningRecordsProjection over(ReadModelTables tables) {
        return new LearningRecordsProjection(tables);
    }

    @Override
    public void apply(ProjectedEvent event) {
        if (event.payload() instanceof LearningEvent learning) {
            on(learning);
        }
    }

    private void on(LearningEvent event) {
        String id = event.learningId();
        switch (event) {
            case LearningRecorded e -> {
                records.insertIfAbsent(records.newRow().set("learning_id", id).set("recorded_on", dayOf(e.occurredAt()))
                        .set("owner", e.owner()).set("improvement_due", e.improvementDue()).set("reschedules", 0));
                for (String complaintId : e.complaintIds()) {
                    linked(id, complaintId, e);
                }
            }
            case LearningLinkedToComplaint e -> linked(id, e.complaintId(), e);
            case ImprovementOwnerReassigned e -> records.update(row -> row.set("owner", e.owner()), id);
            // An event already seen finds the date already moved, so it counts no second reschedule.
            case ImprovementRescheduled e -> records.update(row -> {
                // as SQL's improvement_due <> ?, which no null satisfies
                if (e.improvementDue() != null && !e.improvementDue().equals(row.date("improvement_due"))) {
                    row.set("improvement_due", e.improvementDue()).add("reschedules", 1);
                }
            }, id);
            case ImprovementDelivered e -> records.update(row -> row.set("delivered_on", dayOf(e.occurredAt()))
                    .set("on_time", e.onTime()), id);
        }
    }

    private void linked(String learningId, String complaintId, LearningEvent e) {
        links.insertIfAbsent(links.newRow().set("learning_id", learningId).set("complaint_id", complaintId)
                .set("linked_on", dayOf(e.occurredAt())));
    }
}
