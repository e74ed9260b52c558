package org.complaintledger.casesummary;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.complaintledger.code.Stage;
import org.complaintledger.complaint.ActionCompleted;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.complaint.ComplaintHandlingFailureFound;
import org.complaintledger.complaint.ComplaintLogged;
import org.complaintledger.complaint.ComplaintRefused;
import org.complaintledger.complaint.ComplaintTakenOn;
import org.complaintledger.complaint.ComplaintWithdrawn;
import org.complaintledger.complaint.CorrespondenceRecorded;
import org.complaintledger.complaint.DocumentAttached;
import org.complaintledger.complaint.EscalationRefused;
import org.complaintledger.complaint.EscalationRequested;
import org.complaintledger.complaint.IssueAdded;
import org.complaintledger.complaint.OmbudsmanDetermined;
import org.complaintledger.complaint.OmbudsmanOrderComplied;
import org.complaintledger.complaint.ReferredToOmbudsman;
import org.complaintledger.complaint.RemedyOffered;
import org.complaintledger.complaint.StageAcknowledged;
import org.complaintledger.complaint.StageExtended;
import org.complaintledger.complaint.StageResponseIssued;
import org.complaintledger.complaint.UpdateIntervalAgreed;
import org.complaintledger.readmodel.LiveProjection;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.ReadModelTable;
import org.complaintledger.readmodel.ReadModelTables;
import org.complaintledger.readmodel.Row;
import org.springframework.stereotype.Component;

/**
 * One row per complaint with the facts reports and analysts count — channel, category, tenure, stage, decisions,
 * on-time flags, the Ombudsman's handling failure findings — and when it closed, which starts the retention clock. It copies no personal data, so erasing a data
 * subject leaves every figure here as it was.
 */
@Component
@ProcessingGroup(CaseSummaryProjection.PROCESSING_GROUP)
public class CaseSummaryProjection extends LiveProjection {

    public static final String PROCESSING_GROUP = "case-summary";

    private final ReadModelTable summaries;

    public CaseSummaryProjection(ReadModelTables tables) {
        super(tables);
        this.summaries = tables.table("case_summary");
    }

    @Override
    public List<String> tables() {
        return List.of("case_summary");
    }

    @Override
    public CaseSummaryProjection over(ReadModelTables tables) {
        return new CaseSummaryProjection(tables);
    }

    @Override
    public void apply(ProjectedEvent event) {
        if (event.payload() instanceof ComplaintEvent complaint) {
            on(complaint);
        }
    }

    private void on(ComplaintEvent event) {
        String id = event.complaintId();
        switch (event) {
            case ComplaintLogged e -> summaries.insertIfAbsent(summaries.newRow().set("complaint_id", id)
                    .set("data_subject_id", e.dataSubjectId()).set("code_version", e.codeVersion())
                    .set("channel", e.channel().name()).set("category", e.category())
                    .set("category_taxonomy", e.categoryTaxonomy())
                    .set("tenure", e.tenure() == null ? null : e.tenure().name())
                    .set("service_request", e.serviceRequestReference() != null).set("received_at", e.occurredAt())
                    .set("beyond_refusal_window", e.beyondRefusalWindow())
                    .set("status", CaseStatus.STAGE_ONE.name()).set("last_step_at", e.occurredAt())
                    .set("final_stage", e.finalStage().number()));
            case ComplaintRefused e -> status(event, CaseStatus.REFUSED, "refusal_reason", e.reason().name());
            // 2.4, 5.11: the refusal did not stand, so the complaint is open again at the stage it re-entered;
            // a refused 2022 third stage (5.18) too, which was filed under stage 2 before
            case ComplaintTakenOn e -> status(event, CaseStatus.at(e.stage()), "refusal_reason", null);
            case StageAcknowledged e -> change(id, row -> row.set(stage(e.stage()) + "_acknowledged_on_time",
                    e.onTime()));
            case StageExtended e -> {
                if (e.beyondCodeLimit()) {
                    change(id, row -> row.set(stage(e.stage()) + "_extended_beyond_limit", true));
                }
            }
            case StageResponseIssued e -> status(event, CaseStatus.respondedAt(e.stage()),
                    stage(e.stage()) + "_decision", e.decision().name(),
                    stage(e.stage()) + "_responded_on_time", e.onTime());
            case EscalationRequested e -> status(event, CaseStatus.at(e.toStage()), requested(e.toStage()), true);
            case EscalationRefused e -> status(event, CaseStatus.ESCALATION_REFUSED);
            case ComplaintWithdrawn e -> status(event, CaseStatus.WITHDRAWN);
            case ReferredToOmbudsman e -> status(event, CaseStatus.WITH_OMBUDSMAN, "referred_to_ombudsman", true);
            case OmbudsmanDetermined e -> status(event, CaseStatus.OMBUDSMAN_DETERMINED, "ombudsman_findings",
                    e.findings().stream().map(f -> f.finding().name()).distinct().collect(Collectors.joining(",")));
            case IssueAdded e -> touched(event);
            case CorrespondenceRecorded e -> touched(event);
            case DocumentAttached e -> touched(event);
            case UpdateIntervalAgreed e -> touched(event);
            case RemedyOffered e -> touched(event);
            case ActionCompleted e -> touched(event);
            case OmbudsmanOrderComplied e -> touched(event);
            case ComplaintHandlingFailureFound e -> handlingFailureFound(e);
        }
    }

    private static String stage(Stage stage) {
        return switch (stage) {
            case ONE -> "stage_one";
            case TWO -> "stage_two";
            case THREE -> "stage_three";
        };
    }

    /** The column recording that the resident asked for {@code stage}; stage 2's predates stage 3's. */
    private static String requested(Stage stage) {
        return stage == Stage.TWO ? "escalation_requested" : stage(stage) + "_requested";
    }

    private void change(String id, Consumer<Row> change) {
        summaries.update(change, id);
    }

    /**
     * A step that moves the complaint to {@code status}, with the facts it records ({@code column, value} pairs, the
     * columns this class's own names).
     */
    private void status(ComplaintEvent event, CaseStatus status, Object... columnsAndValues) {
        Instant at = event.occurredAt();
        change(event.complaintId(), row -> {
            row.set("status", status.name()).set("closed_at", status.closed() ? at : null).latest("last_step_at", at);
            for (int i = 0; i < columnsAndValues.length; i += 2) {
                row.set((String) columnsAndValues[i], columnsAndValues[i + 1]);
            }
        });
    }

    /** Counted by kind (8.1 c, 9.7 c); it does not change where the complaint stands. */
    private void handlingFailureFound(ComplaintHandlingFailureFound e) {
        String column = switch (e.kind()) {
            case COMPLAINT_HANDLING_FAILURE_ORDER -> "complaint_handling_failure_orders";
            case CODE_NON_COMPLIANCE_FINDING -> "code_non_compliance_findings";
        };
        change(e.complaintId(), row -> row.add(column, 1).latest("last_step_at", e.occurredAt()));
    }

    /** A step that changes no figure still counts as activity: retention runs from the last one. */
    private void touched(ComplaintEvent event) {
        change(event.complaintId(), row -> row.latest("last_step_at", event.occurredAt()));
    }
}
