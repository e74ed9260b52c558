package org.complaintledger.casesummary;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One row per complaint with the facts reports and analysts count — channel, category, tenure, stage, decisions,
 * on-time flags, the Ombudsman's handling failure findings — and when it closed, which starts the retention clock. It copies no personal data, so erasing a data
 * subject leaves every figure here as it was.
 */
@Component
@ProcessingGroup(CaseSummaryProjection.PROCESSING_GROUP)
public class CaseSummaryProjection {

    public static final String PROCESSING_GROUP = "case-summary";

    private final JdbcTemplate jdbc;

    public CaseSummaryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ComplaintEvent event) {
        String id = event.complaintId();
        switch (event) {
            case ComplaintLogged e -> jdbc.update("INSERT INTO case_summary (complaint_id, data_subject_id, code_version, "
                            + "channel, category, category_taxonomy, tenure, service_request, received_at, "
                            + "beyond_refusal_window, status, last_step_at, final_stage) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (complaint_id) DO NOTHING",
                    id, e.dataSubjectId(), e.codeVersion(), e.channel().name(), e.category(), e.categoryTaxonomy(),
                    e.tenure() == null ? null : e.tenure().name(), e.serviceRequestReference() != null,
                    at(e.occurredAt()), e.beyondRefusalWindow(), CaseStatus.STAGE_ONE.name(), at(e.occurredAt()),
                    e.finalStage().number());
            case ComplaintRefused e -> status(event, CaseStatus.REFUSED, "refusal_reason", e.reason().name());
            // 2.4, 5.11: the refusal did not stand, so the complaint is open again at the stage it re-entered;
            // a refused 2022 third stage (5.18) too, which was filed under stage 2 before
            case ComplaintTakenOn e -> status(event, CaseStatus.at(e.stage()), "refusal_reason", null);
            case StageAcknowledged e -> set(id, stage(e.stage()) + "_acknowledged_on_time", e.onTime());
            case StageExtended e -> {
                if (e.beyondCodeLimit()) {
                    set(id, stage(e.stage()) + "_extended_beyond_limit", true);
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

    @ResetHandler
    void replayFromScratch() {
        jdbc.update("DELETE FROM case_summary");
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

    /** {@code column} is one of this class's own names, never input. */
    private void set(String id, String column, Object value) {
        jdbc.update("UPDATE case_summary SET " + column + " = ? WHERE complaint_id = ?", value, id);
    }

    /**
     * A step that moves the complaint to {@code status}, with the facts it records ({@code column, value} pairs, the
     * columns this class's own names), in one statement.
     */
    private void status(ComplaintEvent event, CaseStatus status, Object... columnsAndValues) {
        Timestamp at = at(event.occurredAt());
        StringBuilder sql = new StringBuilder("UPDATE case_summary SET status = ?, closed_at = ?, "
                + "last_step_at = GREATEST(last_step_at, ?)");
        List<Object> values = new ArrayList<>();
        values.add(status.name());
        values.add(status.closed() ? at : null);
        values.add(at);
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            sql.append(", ").append(columnsAndValues[i]).append(" = ?");
            values.add(columnsAndValues[i + 1]);
        }
        values.add(event.complaintId());
        jdbc.update(sql.append(" WHERE complaint_id = ?").toString(), values.toArray());
    }

    /** Counted by kind (8.1 c, 9.7 c); it does not change where the complaint stands. */
    private void handlingFailureFound(ComplaintHandlingFailureFound e) {
        String column = switch (e.kind()) {
            case COMPLAINT_HANDLING_FAILURE_ORDER -> "complaint_handling_failure_orders";
            case CODE_NON_COMPLIANCE_FINDING -> "code_non_compliance_findings";
        };
        jdbc.update("UPDATE case_summary SET " + column + " = " + column + " + 1, "
                + "last_step_at = GREATEST(last_step_at, ?) WHERE complaint_id = ?", at(e.occurredAt()), e.complaintId());
    }

    /** A step that changes no figure still counts as activity: retention runs from the last one. */
    private void touched(ComplaintEvent event) {
        jdbc.update("UPDATE case_summary SET last_step_at = GREATEST(last_step_at, ?) WHERE complaint_id = ?",
                at(event.occurredAt()), event.complaintId());
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
