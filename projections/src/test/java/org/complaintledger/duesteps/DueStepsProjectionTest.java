package org.complaintledger.duesteps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.projectiontest.ComplaintEvents.at;
import static org.complaintledger.projectiontest.ComplaintEvents.day;
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
 * The steps each complaint is owed, on a real PostgreSQL with the module's migrations: what falls due by when after
 * each event, what settles it and how, and a replay from scratch and a rebuild in memory giving the same rows as live
 * processing.
 */
class DueStepsProjectionTest {

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    private DueStepsProjection projection;

    @BeforeEach
    void emptyTable() {
        database.empty("due_step");
        projection = new DueStepsProjection(new SqlTables(database.jdbc()));
    }

    @Test
    void eachStageOwesItsAcknowledgementAndThenItsResponse() {
        feed(Life2024.LOGGED);
        assertThat(steps(Life2024.ID)).containsExactly(open("stage-1-acknowledgement", "2025-02-10"));

        feed(Life2024.STAGE_ONE_ACKNOWLEDGED);
        assertThat(steps(Life2024.ID)).containsExactly(
                done("stage-1-acknowledgement", "2025-02-10", "2025-02-05"),
                open("stage-1-response", "2025-02-19"));

        feed(Life2024.UPDATES_AGREED, Life2024.STAGE_ONE_EXTENDED, Life2024.STAGE_ONE_EXTENDED_BEYOND_LIMIT,
                Life2024.STAGE_ONE_RESPONDED);
        // 2024 stage 2: its response clock starts at the acknowledgement (6.14), so only that is owed yet (6.11).
        feed(Life2024.ESCALATED);
        assertThat(steps(Life2024.ID)).contains(open("stage-2-acknowledgement", "2025-03-24"))
                .extracting(step -> step.get("step")).doesNotContain("stage-2-response");

        feed(Life2024.STAGE_TWO_ACKNOWLEDGED);
        assertThat(steps(Life2024.ID)).contains(
                done("stage-2-acknowledgement", "2025-03-24", "2025-03-19"),
                open("stage-2-response", "2025-04-16"));

        feed(Life2024.REMEDY_COMPLETED, Life2024.STAGE_TWO_RESPONDED);
        assertThat(steps(Life2024.ID)).contains(done("stage-2-response", "2025-04-16", "2025-04-15"));
    }

    @Test
    void anExtensionMovesTheResponseDeadline() {
        feed(Life2024.LOGGED, Life2024.STAGE_ONE_ACKNOWLEDGED, Life2024.STAGE_ONE_EXTENDED);
        assertThat(steps(Life2024.ID)).contains(open("stage-1-response", "2025-03-05"));

        feed(Life2024.STAGE_ONE_EXTENDED_BEYOND_LIMIT);
        assertThat(steps(Life2024.ID)).containsExactly(
                done("stage-1-acknowledgement", "2025-02-10", "2025-02-05"),
                open("stage-1-response", "2025-03-12"));

        feed(Life2024.STAGE_ONE_RESPONDED);
        assertThat(steps(Life2024.ID)).contains(done("stage-1-response", "2025-03-12", "2025-03-11"));
    }

    @Test
    void the2022CodesLaterStagesOweAResponseFromTheRequestAndNoAcknowledgement() {
        feed(ThreeStages2022.ALL.subList(0, 4));  // to stage 2 requested
        assertThat(steps(ThreeStages2022.ID)).containsExactly(
                done("stage-1-acknowledgement", "2022-07-09", "2022-07-06"),
                done("stage-1-response", "2022-07-20", "2022-07-19"),
                open("stage-2-response", "2022-08-22"));  // 5.13

        feed(ThreeStages2022.STAGE_TWO_ACKNOWLEDGED, ThreeStages2022.STAGE_TWO_RESPONDED,
                ThreeStages2022.STAGE_THREE_REQUESTED);
        assertThat(steps(ThreeStages2022.ID)).containsExactly(
                done("stage-1-acknowledgement", "2022-07-09", "2022-07-06"),
                done("stage-1-response", "2022-07-20", "2022-07-19"),
                done("stage-2-response", "2022-08-22", "2022-08-18"),
                open("stage-3-response", "2022-09-21"));  // 5.18

        feed(ThreeStages2022.STAGE_THREE_ACKNOWLEDGED, ThreeStages2022.STAGE_THREE_EXTENDED);
        assertThat(steps(ThreeStages2022.ID)).contains(open("stage-3-response", "2022-10-05"));

        feed(ThreeStages2022.STAGE_THREE_RESPONDED);
        assertThat(steps(ThreeStages2022.ID)).containsExactly(
                open("action-1", "2022-10-11"),
                done("stage-1-acknowledgement", "2022-07-09", "2022-07-06"),
                done("stage-1-response", "2022-07-20", "2022-07-19"),
                done("stage-2-response", "2022-08-22", "2022-08-18"),
                done("stage-3-response", "2022-10-05", "2022-10-04"));
    }

    @Test
    void aComplaintTakenOnOwesItsAcknowledgementAfresh() {
        feed(RefusedThenTakenOn.LOGGED, RefusedThenTakenOn.REFUSED);
        assertThat(steps(RefusedThenTakenOn.ID)).containsExactly(
                noLongerDue("stage-1-acknowledgement", "2025-06-09", "2025-06-04"));

        feed(RefusedThenTakenOn.TAKEN_ON);  // 2.4
        assertThat(steps(RefusedThenTakenOn.ID)).containsExactly(open("stage-1-acknowledgement", "2025-07-14"));

        feed(RefusedThenTakenOn.ACKNOWLEDGED);
        assertThat(steps(RefusedThenTakenOn.ID)).containsExactly(
                done("stage-1-acknowledgement", "2025-07-14", "2025-07-09"),
                open("stage-1-response", "2025-07-23"));
    }

    @Test
    void aRefused2022ThirdStageTakenOnOwesItsResponseFromTheInstruction() {
        feed(StageThreeRefusedThenTakenOn.ALL.subList(0, StageThreeRefusedThenTakenOn.ALL.size() - 1));
        assertThat(steps(StageThreeRefusedThenTakenOn.ID)).contains(
                noLongerDue("stage-3-response", "2023-03-27", "2023-03-01"));

        feed(StageThreeRefusedThenTakenOn.TAKEN_ON);  // 2022 5.18: no acknowledgement deadline, response from it
        assertThat(steps(StageThreeRefusedThenTakenOn.ID)).containsExactly(
                done("stage-1-acknowledgement", "2023-01-14", "2023-01-10"),
                done("stage-1-response", "2023-01-24", "2023-01-23"),
                done("stage-2-response", "2023-02-27", "2023-02-20"),
                open("stage-3-response", "2023-05-04"));
    }

    @Test
    void anEscalationAskedForAgainAfterARefusalIsOwedAgain() {
        feed(EscalationAskedAgain.ALL.subList(0, EscalationAskedAgain.ALL.size() - 1));
        assertThat(steps(EscalationAskedAgain.ID)).contains(
                noLongerDue("stage-2-acknowledgement", "2025-11-24", "2025-11-19"));

        feed(EscalationAskedAgain.ESCALATED_AGAIN);  // 5.11: a refused escalation may be asked for again
        assertThat(steps(EscalationAskedAgain.ID)).contains(open("stage-2-acknowledgement", "2025-12-08"));
    }

    @Test
    void remediesActionsAndOrdersFallDueAndAreSettledWhenDone() {
        feed(Life2024.ALL.subList(0, Life2024.ALL.indexOf(Life2024.STAGE_ONE_RESPONDED) + 1));
        assertThat(steps(Life2024.ID)).contains(open("action-1", "2025-03-25"), open("action-2", "2025-04-30"));

        feed(Life2024.ESCALATED, Life2024.STAGE_TWO_ACKNOWLEDGED, Life2024.REMEDY_COMPLETED);
        assertThat(steps(Life2024.ID)).contains(done("action-1", "2025-03-25", "2025-03-20"),
                open("action-2", "2025-04-30"));

        feed(Life2024.STAGE_TWO_RESPONDED, Life2024.REFERRED, Life2024.NON_COMPLIANCE_FOUND);
        assertThat(steps(Life2024.ID)).contains(open("action-3", "2025-04-22"), open("order-1", "2025-06-30"));

        feed(Life2024.FIRST_ORDER_COMPLIED, Life2024.HANDLING_FAILURE_ORDERED, Life2024.DETERMINED,
                Life2024.HANDLING_FAILURE_ORDERED_AGAIN);
        assertThat(steps(Life2024.ID)).containsExactly(
                done("action-1", "2025-03-25", "2025-03-20"),
                open("action-2", "2025-04-30"),
                open("action-3", "2025-04-22"),
                done("order-1", "2025-06-30", "2025-06-20"),
                open("order-2", "2025-07-29"),
                open("order-3", "2025-10-01"),
                done("stage-1-acknowledgement", "2025-02-10", "2025-02-05"),
                done("stage-1-response", "2025-03-12", "2025-03-11"),
                done("stage-2-acknowledgement", "2025-03-24", "2025-03-19"),
                done("stage-2-response", "2025-04-16", "2025-04-15"));
    }

    @Test
    void aWithdrawalLeavesNothingOwed() {
        feed(Withdrawn.ALL);
        assertThat(steps(Withdrawn.ID)).containsExactly(
                noLongerDue("action-1", "2025-09-24", "2025-09-12"),
                done("stage-1-acknowledgement", "2025-09-08", "2025-09-03"),
                noLongerDue("stage-1-response", "2025-09-17", "2025-09-12"));
    }

    @Test
    void aReplayFromScratchGivesTheSameRowsAsLiveProcessing() {
        feed(ComplaintHistories.all());
        List<Map<String, Object>> live = allRows();
        assertThat(live.stream().map(step -> step.get("complaint_id")).distinct()).hasSize(6);

        projection.replayFromScratch();
        assertThat(allRows()).isEmpty();
        feed(ComplaintHistories.all());
        assertThat(allRows()).isEqualTo(live);
    }

    @Test
    void aRebuildInMemoryGivesTheSameRowsAsLiveProcessing() {
        feed(ComplaintHistories.all());
        List<Map<String, Object>> live = allRows();
        assertThat(live).hasSize(27);

        database.rebuildInMemory(projection, ComplaintHistories.all());
        assertThat(allRows()).isEqualTo(live);
    }

    private void feed(ComplaintEvent... events) {
        feed(List.of(events));
    }

    private void feed(List<ComplaintEvent> events) {
        events.forEach(event -> projection.apply(new ProjectedEvent(event, event.occurredAt(), null, 0)));
    }

    private static List<Map<String, Object>> steps(String complaintId) {
        return database.rows("SELECT step, due_on, settled_at, settled_how FROM due_step WHERE complaint_id = ? "
                + "ORDER BY step", complaintId);
    }

    private static List<Map<String, Object>> allRows() {
        return database.rows("SELECT * FROM due_step ORDER BY complaint_id, step");
    }

    private static Map<String, Object> open(String step, String dueOn) {
        return row("step", step, "due_on", day(dueOn), "settled_at", null, "settled_how", null);
    }

    private static Map<String, Object> done(String step, String dueOn, String settledOn) {
        return row("step", step, "due_on", day(dueOn), "settled_at", at(settledOn), "settled_how", "DONE");
    }

    private static Map<String, Object> noLongerDue(String step, String dueOn, String settledOn) {
        return row("step", step, "due_on", day(dueOn), "settled_at", at(settledOn), "settled_how", "NO_LONGER_DUE");
    }
}
