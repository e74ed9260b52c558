package org.complaintledger.duesteps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.complaintledger.code.Stage;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.complaint.ComplaintHandlingFailureFound;
import org.complaintledger.complaint.CorrespondenceRecorded;
import org.complaintledger.complaint.DocumentAttached;
import org.complaintledger.complaint.IssueAdded;
import org.complaintledger.complaint.ReferredToOmbudsman;
import org.complaintledger.complaint.UpdateIntervalAgreed;
import org.complaintledger.complaint.ComplaintLogged;
import org.complaintledger.complaint.ComplaintRefused;
import org.complaintledger.complaint.ComplaintTakenOn;
import org.complaintledger.complaint.ComplaintWithdrawn;
import org.complaintledger.complaint.ActionCompleted;
import org.complaintledger.complaint.EscalationRefused;
import org.complaintledger.complaint.EscalationRequested;
import org.complaintledger.complaint.OmbudsmanDetermined;
import org.complaintledger.complaint.OmbudsmanOrderComplied;
import org.complaintledger.complaint.RemedyOffered;
import org.complaintledger.complaint.StageAcknowledged;
import org.complaintledger.complaint.StageExtended;
import org.complaintledger.complaint.StageResponseIssued;
import org.complaintledger.readmodel.LiveProjection;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.ReadModelTable;
import org.complaintledger.readmodel.ReadModelTables;
import org.complaintledger.readmodel.Row;
import org.springframework.stereotype.Component;

/**
 * What each complaint is owed and by when: acknowledgements, responses, remedies, actions and the
 * Ombudsman's orders, with the deadline the events recorded, so staff see what is due before it is late.
 */
@Component
@ProcessingGroup(DueStepsProjection.PROCESSING_GROUP)
public class DueStepsProjection extends LiveProjection {

    public static final String PROCESSING_GROUP = "due-steps";

    private final ReadModelTable steps;

    public DueStepsProjection(ReadModelTables tables) {
        super(tables);
        this.steps = tables.table("due_step");
    }

    @Override
    public List<String> tables() {
        return List.of("due_step");
    }

    @Override
    public DueStepsProjection over(ReadModelTables tables) {
        return new DueStepsProjection(tables);
    }

    @Override
    public void apply(ProjectedEvent event) {
        if (event.payload() instanceof ComplaintEvent complaint) {
            on(complaint);
        }
    }

    private void on(ComplaintEvent event) {
        String id = event.complaintId();
        Instant at = event.occurredAt();
        switch (event) {
            case ComplaintLogged e -> due(id, acknowledgement(Stage.ONE), e.acknowledgementDue());
            case StageAcknowledged e -> {
                settle(id, acknowledgement(e.stage()), at, "DONE");
                due(id, response(e.stage()), e.responseDue());
            }
            case StageExtended e -> due(id, response(e.stage()), e.responseDue());
            case StageResponseIssued e -> {
                settle(id, response(e.stage()), at, "DONE");
                e.remediesOffered().forEach(r -> due(id, r.actionId(), r.dueBy()));
                e.outstandingActions().forEach(a -> due(id, a.actionId(), a.dueBy()));
            }
            // 5.11: a stage asked for again after a refused escalation is owed again, not left settled
            case EscalationRequested e -> startStage(id, e.toStage(), e.acknowledgementDue(), e.responseDue());
            case EscalationRefused e -> {
                settle(id, acknowledgement(e.toStage()), at, "NO_LONGER_DUE");
                settle(id, response(e.toStage()), at, "NO_LONGER_DUE");
            }
            case RemedyOffered e -> due(id, e.remedy().actionId(), e.remedy().dueBy());
            case ActionCompleted e -> settle(id, e.actionId(), at, "DONE");
            case OmbudsmanDetermined e -> e.orders().forEach(o -> due(id, o.orderId(), o.dueBy()));
            case OmbudsmanOrderComplied e -> settle(id, e.orderId(), at, "DONE");
            case ComplaintHandlingFailureFound e -> e.orders().forEach(o -> due(id, o.orderId(), o.dueBy()));
            case ComplaintRefused e -> settleAll(id, at);
            // 2.4, 5.11: the stage re-entered starts afresh, its deadlines counted from the instruction
            case ComplaintTakenOn e -> startStage(id, e.stage(), e.acknowledgementDue(), e.responseDue());
            case ComplaintWithdrawn e -> settleAll(id, at);
            case IssueAdded e -> { /* folded into stage 1's response */ }
            case CorrespondenceRecorded e -> { /* owes nothing by a date */ }
            case DocumentAttached e -> { /* owes nothing by a date */ }
            case UpdateIntervalAgreed e -> { /* owes nothing by a single date */ }
            case ReferredToOmbudsman e -> { /* the Ombudsman's timetable, not the landlord's */ }
        }
    }

    static String acknowledgement(Stage stage) {
        return "stage-" + stage.number() + "-acknowledgement";
    }

    static String response(Stage stage) {
        return "stage-" + stage.number() + "-response";
    }

    /**
     * Upsert, so replaying an event already seen changes nothing. A null date owes nothing: the Code sets no deadline
     * (2022 stages 2 and 3 have no acknowledgement deadline) or the clock has not started yet.
     */
    private void due(String id, String step, LocalDate dueOn) {
        if (dueOn == null) {
            return;
        }
        steps.upsert(owed(id, step, dueOn), row -> row.set("due_on", dueOn));
    }

    /**
     * A stage opened, or opened again after a refusal: it owes what the Code sets a deadline for from its opening,
     * and nothing left settled from before. A null acknowledgement deadline owes none (2022 stages 2 and 3; taking on
     * such a stage used to fail here on it); a null response deadline means the clock starts at the acknowledgement
     * (6.3, 6.14), so no response is owed until then.
     */
    private void startStage(String id, Stage stage, LocalDate acknowledgementDue, LocalDate responseDue) {
        owedAfresh(id, acknowledgement(stage), acknowledgementDue);
        owedAfresh(id, response(stage), responseDue);  // 2022 5.13, 5.18: the clock runs from the request
    }

    private void owedAfresh(String id, String step, LocalDate dueOn) {
        if (dueOn == null) {
            steps.delete(id, step);
            return;
        }
        steps.upsert(owed(id, step, dueOn),
                row -> row.set("due_on", dueOn).set("settled_at", null).set("settled_how", null));
    }

    private Row owed(String id, String step, LocalDate dueOn) {
        return steps.newRow().set("complaint_id", id).set("step", step).set("due_on", dueOn);
    }

    private void settle(String id, String step, Instant at, String how) {
        steps.update(row -> row.set("settled_at", at).set("settled_how", how), id, step);
    }

    private void settleAll(String id, Instant at) {
        steps.updateWhere("complaint_id", id, row -> {
            if (row.instant("settled_at") == null) {
                row.set("settled_at", at).set("settled_how", "NO_LONGER_DUE");
            }
        });
    }
}
