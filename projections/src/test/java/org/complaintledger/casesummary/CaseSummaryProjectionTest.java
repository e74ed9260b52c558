package org.complaintledger.casesummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.projectiontest.ComplaintEvents.at;
import static org.complaintledger.projectiontest.ProjectionDatabase.row;

import java.util.List;
import java.util.Map;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.projectiontest.ComplaintHistories;
import org.complaintledger.projectiontest.ComplaintHistories.EscalationAskedAgain;
import org.complaintledger.projectiontest.ComplaintHistories.Life2024;
import org.complaintledger.projectiontest.ComplaintHistories.RefusedThenTakenOn;
import org.complaintledger.projectiontest.ComplaintHistories.StageThreeRefusedThenTakenOn;
import org.complaintledger.projectiontest.ComplaintHistories.ThreeStages2022;
import org.complaintledger.projectiontest.ComplaintHistories.Withdrawn;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.SqlTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The case summary on a real PostgreSQL with the module's migrations: each complaint's row after every event, and a
 * replay from scratch giving the same rows as live processing.
 */
class CaseSummaryProjectionTest {

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    private CaseSummaryProjection projection;

    @BeforeEach
    void emptyTable() {
        database.empty("case_summary");
        projection = new CaseSummaryProjection(new SqlTables(database.jdbc()));
    }

    @Test
    void followsA2024ComplaintsWholeLifeRowByRow() {
        Map<String, Object> expected = row(
                "complaint_id", Life2024.ID, "data_subject_id", "resident-of-complaint-2024", "code_version", "2024",
                "channel", "EMAIL", "category", "damp-and-mould", "received_at", at("2025-02-03"),
                "beyond_refusal_window", false, "status", "STAGE_ONE", "refusal_reason", null,
                "stage_one_acknowledged_on_time", null, "stage_one_decision", null, "stage_one_responded_on_time", null,
                "stage_one_extended_beyond_limit", false, "escalation_requested", false,
                "stage_two_acknowledged_on_time", null, "stage_two_decision", null, "stage_two_responded_on_time", null,
                "stage_two_extended_beyond_limit", false, "referred_to_ombudsman", false, "ombudsman_findings", null,
                "closed_at", null, "last_step_at", at("2025-02-03"), "final_stage", 2, "stage_three_requested", false,
                "stage_three_acknowledged_on_time", null, "stage_three_decision", null,
                "stage_three_responded_on_time", null, "stage_three_extended_beyond_limit", false,
                "tenure", "LOW_COST_RENTAL", "category_taxonomy", "v1", "service_request", true,
                "complaint_handling_failure_orders", 0, "code_non_compliance_findings", 0);
        step(Life2024.LOGGED, expected);
        step(Life2024.STAGE_ONE_ACKNOWLEDGED, expected, "stage_one_acknowledged_on_time", true);
        step(Life2024.UPDATES_AGREED, expected, "last_step_at", at("2025-02-07"));
        step(Life2024.STAGE_ONE_EXTENDED, expected);  // within the Code's limit: nothing to count
        step(Life2024.STAGE_ONE_EXTENDED_BEYOND_LIMIT, expected, "stage_one_extended_beyond_limit", true);
        step(Life2024.STAGE_ONE_RESPONDED, expected, "status", "STAGE_ONE_RESPONDED",
                "stage_one_decision", "PARTLY_UPHELD", "stage_one_responded_on_time", true,
                "closed_at", at("2025-03-11"), "last_step_at", at("2025-03-11"));
        step(Life2024.ESCALATED, expected, "status", "STAGE_TWO", "escalation_requested", true, "closed_at", null,
                "last_step_at", at("2025-03-17"));
        step(Life2024.STAGE_TWO_ACKNOWLEDGED, expected, "stage_two_acknowledged_on_time", true);
        step(Life2024.REMEDY_COMPLETED, expected, "last_step_at", at("2025-03-20"));
        step(Life2024.STAGE_TWO_RESPONDED, expected, "status", "STAGE_TWO_RESPONDED", "stage_two_decision", "UPHELD",
                "stage_two_responded_on_time", true, "closed_at", at("2025-04-15"), "last_step_at", at("2025-04-15"));
        step(Life2024.REFERRED, expected, "status", "WITH_OMBUDSMAN", "referred_to_ombudsman", true, "closed_at", null,
                "last_step_at", at("2025-05-12"));
        // Handling failure findings are counted by kind and leave where the complaint stands as it was (8.1 c, 9.7 c).
        step(Life2024.NON_COMPLIANCE_FOUND, expected, "code_non_compliance_findings", 1,
                "last_step_at", at("2025-06-02"));
        step(Life2024.FIRST_ORDER_COMPLIED, expected, "last_step_at", at("2025-06-20"));
        step(Life2024.HANDLING_FAILURE_ORDERED, expected, "complaint_handling_failure_orders", 1,
                "last_step_at", at("2025-07-01"));
        step(Life2024.DETERMINED, expected, "status", "OMBUDSMAN_DETERMINED",
                "ombudsman_findings", "MALADMINISTRATION,SERVICE_FAILURE", "closed_at", at("2025-09-01"),
                "last_step_at", at("2025-09-01"));
        step(Life2024.HANDLING_FAILURE_ORDERED_AGAIN, expected, "complaint_handling_failure_orders", 2,
                "last_step_at", at("2025-09-15"));
    }

    @Test
    void followsA2022ComplaintThroughItsThirdStage() {
        Map<String, Object> expected = row(
                "complaint_id", ThreeStages2022.ID, "data_subject_id", "resident-of-complaint-2022",
                "code_version", "2022", "channel", "EMAIL", "category", "Repairs", "received_at", at("2022-07-04"),
                "beyond_refusal_window", false, "status", "STAGE_ONE", "refusal_reason", null,
                "stage_one_acknowledged_on_time", null, "stage_one_decision", null, "stage_one_responded_on_time", null,
                "stage_one_extended_beyond_limit", false, "escalation_requested", false,
                "stage_two_acknowledged_on_time", null, "stage_two_decision", null, "stage_two_responded_on_time", null,
                "stage_two_extended_beyond_limit", false, "referred_to_ombudsman", false, "ombudsman_findings", null,
                "closed_at", null, "last_step_at", at("2022-07-04"), "final_stage", 3, "stage_three_requested", false,
                "stage_three_acknowledged_on_time", null, "stage_three_decision", null,
                "stage_three_responded_on_time", null, "stage_three_extended_beyond_limit", false,
                "tenure", null, "category_taxonomy", null, "service_request", false,
                "complaint_handling_failure_orders", 0, "code_non_compliance_findings", 0);
        step(ThreeStages2022.LOGGED, expected);
        step(ThreeStages2022.STAGE_ONE_ACKNOWLEDGED, expected, "stage_one_acknowledged_on_time", true);
        step(ThreeStages2022.STAGE_ONE_RESPONDED, expected, "status", "STAGE_ONE_RESPONDED",
                "stage_one_decision", "NOT_UPHELD", "stage_one_responded_on_time", true,
                "closed_at", at("2022-07-19"), "last_step_at", at("2022-07-19"));
        step(ThreeStages2022.STAGE_TWO_REQUESTED, expected, "status", "STAGE_TWO", "escalation_requested", true,
                "closed_at", null, "last_step_at", at("2022-07-25"));
        // No acknowledgement deadline at 2022 stage 2 (5.10): neither on time nor late.
        step(ThreeStages2022.STAGE_TWO_ACKNOWLEDGED, expected);
        // Not final where the procedure has a third stage, but closed unless the resident asks for it (5.18).
        step(ThreeStages2022.STAGE_TWO_RESPONDED, expected, "status", "STAGE_TWO_RESPONDED",
                "stage_two_decision", "NOT_UPHELD", "stage_two_responded_on_time", true,
                "closed_at", at("2022-08-18"), "last_step_at", at("2022-08-18"));
        step(ThreeStages2022.STAGE_THREE_REQUESTED, expected, "status", "STAGE_THREE", "stage_three_requested", true,
                "closed_at", null, "last_step_at", at("2022-08-22"));
        step(ThreeStages2022.STAGE_THREE_ACKNOWLEDGED, expected);
        step(ThreeStages2022.STAGE_THREE_EXTENDED, expected, "stage_three_extended_beyond_limit", true);
        step(ThreeStages2022.STAGE_THREE_RESPONDED, expected, "status", "STAGE_THREE_RESPONDED",
                "stage_three_decision", "UPHELD", "stage_three_responded_on_time", true,
                "closed_at", at("2022-10-04"), "last_step_at", at("2022-10-04"));
    }

    @Test
    void aRefusalThatDidNotStandReopensTheComplaintAtStageOne() {
        feed(RefusedThenTakenOn.LOGGED, RefusedThenTakenOn.REFUSED);
        assertThat(standing(RefusedThenTakenOn.ID)).isEqualTo(row("status", "REFUSED",
                "refusal_reason", "MORE_THAN_12_MONTHS", "closed_at", at("2025-06-04"),
                "last_step_at", at("2025-06-04"),
                "beyond_refusal_window", true));

        feed(RefusedThenTakenOn.TAKEN_ON);  // 2.4
        assertThat(standing(RefusedThenTakenOn.ID)).isEqualTo(row("status", "STAGE_ONE", "refusal_reason", null,
                "closed_at", null, "last_step_at", at("2025-07-07"), "beyond_refusal_window", true));

        feed(RefusedThenTakenOn.ACKNOWLEDGED);
        assertThat(summary(RefusedThenTakenOn.ID)).containsEntry("stage_one_acknowledged_on_time", true);
    }

    @Test
    void aRefusedThirdStageTakenOnIsUnderWayAtStageThreeAgain() {
        feed(StageThreeRefusedThenTakenOn.ALL.subList(0, StageThreeRefusedThenTakenOn.ALL.size() - 1));
        assertThat(standing(StageThreeRefusedThenTakenOn.ID)).isEqualTo(row("status", "ESCALATION_REFUSED",
                "refusal_reason", null, "closed_at", at("2023-03-01"), "last_step_at", at("2023-03-01"),
                "beyond_refusal_window", false));
        assertThat(summary(StageThreeRefusedThenTakenOn.ID)).containsEntry("stage_three_requested", true)
                .containsEntry("stage_two_decision", "NOT_UPHELD").containsEntry("final_stage", 3);

        feed(StageThreeRefusedThenTakenOn.TAKEN_ON);  // 2.4, 5.11: the refusal did not stand
        assertThat(standing(StageThreeRefusedThenTakenOn.ID)).isEqualTo(row("status", "STAGE_THREE",
                "refusal_reason", null, "closed_at", null, "last_step_at", at("2023-04-03"),
                "beyond_refusal_window", false));
    }

    @Test
    void anEscalationAskedForAgainAfterARefusalReopensStageTwo() {
        feed(EscalationAskedAgain.ALL.subList(0, EscalationAskedAgain.ALL.size() - 1));
        assertThat(standing(EscalationAskedAgain.ID)).containsEntry("status", "ESCALATION_REFUSED")
                .containsEntry("closed_at", at("2025-11-19"));

        feed(EscalationAskedAgain.ESCALATED_AGAIN);
        assertThat(standing(EscalationAskedAgain.ID)).containsEntry("status", "STAGE_TWO")
                .containsEntry("closed_at", null)
                .containsEntry("last_step_at", at("2025-12-01"));
    }

    @Test
    void aWithdrawalClosesTheComplaint() {
        feed(Withdrawn.ALL);
        assertThat(standing(Withdrawn.ID)).isEqualTo(row("status", "WITHDRAWN", "refusal_reason", null,
                "closed_at", at("2025-09-12"), "last_step_at", at("2025-09-12"), "beyond_refusal_window", false));
        assertThat(summary(Withdrawn.ID)).containsEntry("stage_one_acknowledged_on_time", true)
                .containsEntry("stage_one_decision", null);
    }

    @Test
    void recordsTenureTaxonomyAndServiceRequestAndNoneForComplaintsLoggedWithout() {
        feed(ComplaintHistories.all());
        assertThat(database.rows("SELECT complaint_id, tenure, category, category_taxonomy, service_request "
                + "FROM case_summary ORDER BY complaint_id")).containsExactly(
                row("complaint_id", "complaint-2022", "tenure", null, "category", "Repairs",
                        "category_taxonomy", null, "service_request", false),
                row("complaint_id", "complaint-2022-stage-3-refused", "tenure", "LOW_COST_RENTAL",
                        "category", "Repairs", "category_taxonomy", null, "service_request", false),
                row("complaint_id", "complaint-2024", "tenure", "LOW_COST_RENTAL", "category", "damp-and-mould",
                        "category_taxonomy", "v1", "service_request", true),
                row("complaint_id", "complaint-asked-again", "tenure", "LOW_COST_RENTAL",
                        "category", "repairs-heating", "category_taxonomy", "v1", "service_request", false),
                row("complaint_id", "complaint-refused", "tenure", "LOW_COST_HOME_OWNERSHIP",
                        "category", "damp-and-mould", "category_taxonomy", "v1", "service_request", false),
                row("complaint_id", "complaint-withdrawn", "tenure", "LOW_COST_RENTAL",
                        "category", "anti-social-behaviour", "category_taxonomy", "v1", "service_request", false));
    }

    @Test
    void aReplayFromScratchGivesTheSameRowsAsLiveProcessing() {
        feed(ComplaintHistories.all());
        List<Map<String, Object>> live = allRows();
        assertThat(live).hasSize(6);

        projection.replayFromScratch();
        assertThat(allRows()).isEmpty();
        feed(ComplaintHistories.all());
        assertThat(allRows()).isEqualTo(live);
    }

    @Test
    void aRebuildInMemoryGivesTheSameRowsAsLiveProcessing() {
        feed(ComplaintHistories.all());
        List<Map<String, Object>> live = allRows();

        database.rebuildInMemory(projection, ComplaintHistories.all());
        assertThat(allRows()).hasSize(6).isEqualTo(live);
    }

    /** Feeds {@code event}, applies {@code changes} to {@code expected} and checks the whole row is that. */
    private void step(ComplaintEvent event, Map<String, Object> expected, Object... changes) {
        expected.putAll(row(changes));
        feed(event);
        assertThat(summary(event.complaintId())).isEqualTo(expected);
    }

    private void feed(ComplaintEvent... events) {
        feed(List.of(events));
    }

    private void feed(List<ComplaintEvent> events) {
        events.forEach(event -> projection.apply(new ProjectedEvent(event, event.occurredAt(), null, 0)));
    }

    private static Map<String, Object> summary(String complaintId) {
        return database.rows("SELECT * FROM case_summary WHERE complaint_id = ?", complaintId).getFirst();
    }

    /** Where the complaint stands, as reports and the retention clock read it. */
    private static Map<String, Object> standing(String complaintId) {
        return database.rows("SELECT status, refusal_reason, closed_at, last_step_at, beyond_refusal_window "
                + "FROM case_summary WHERE complaint_id = ?", complaintId).getFirst();
    }

    private static List<Map<String, Object>> allRows() {
        return database.rows("SELECT * FROM case_summary ORDER BY complaint_id");
    }
}
