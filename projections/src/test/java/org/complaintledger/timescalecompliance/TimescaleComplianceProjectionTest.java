package org.complaintledger.timescalecompliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.projectiontest.ComplaintEvents.day;
import static org.complaintledger.projectiontest.ProjectionDatabase.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.complaint.StageResponseIssued;
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
 * The timescale compliance rows on a real PostgreSQL with the module's migrations: each stage's dates, deadlines and
 * on-time flags after the hand-worked histories, and a replay from scratch and a rebuild in memory giving the same rows
 * as live processing.
 */
class TimescaleComplianceProjectionTest {

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    private TimescaleComplianceProjection projection;

    @BeforeEach
    void emptyTable() {
        database.empty("timescale_compliance");
        projection = new TimescaleComplianceProjection(new SqlTables(database.jdbc()));
    }

    /**
     * Stage 1 answered Tue 11 March: inside the deadline as extended (Wed 12 March) but after the original one (Wed 19
     * February, 6.3) — the two readings TSM CH02 sets side by side.
     */
    private static final StageResponseIssued LIFE_2024_STAGE_ONE_RESPONDED_LATE_AGAINST_ORIGINAL =
            response(Life2024.STAGE_ONE_RESPONDED, "2025-02-19", false, true);

    /** The 2022 stage 3 response as stored before the ledger recorded the original deadline and its flags. */
    private static final StageResponseIssued STAGE_THREE_2022_RESPONDED_BEFORE_THE_FLAGS =
            withoutTheFlags(ThreeStages2022.STAGE_THREE_RESPONDED);

    @Test
    void followsA2024ComplaintThroughTwoStagesWithExtensions() {
        feed(replacing(Life2024.ALL, Life2024.STAGE_ONE_RESPONDED,
                LIFE_2024_STAGE_ONE_RESPONDED_LATE_AGAINST_ORIGINAL));

        // Working days taken, Mon 3 February to Tue 11 March 2025, no bank holiday between: 4 + 5 * 4 + 2 = 26.
        assertThat(stage(Life2024.ID, 1)).isEqualTo(row("complaint_id", Life2024.ID, "stage", 1,
                "code_version", "2024", "tenure", "LOW_COST_RENTAL", "category", "damp-and-mould",
                "channel", "EMAIL", "refusal_reason", null, "opened_on", day("2025-02-03"), "taken_on_on", null, "standing", "RESPONDED", "closed_on", null,
                "acknowledgement_due", day("2025-02-10"), "acknowledged_on", day("2025-02-05"),
                "acknowledged_on_time", true, "original_response_due", day("2025-02-19"),
                "response_due", day("2025-03-12"), "extensions", 2, "extensions_beyond_limit", 1,
                "working_days_extended", 15, "extensions_within_limit_or_with_good_reason", true,
                "responded_on", day("2025-03-11"), "working_days_taken", 26, "on_time_as_extended", true,
                "on_time_against_original", false, "channel", "EMAIL", "refusal_reason", null));
        // Counted in March, the month of the escalation request; Mon 17 March to Tue 15 April: 4 + 5 * 3 + 2 = 21.
        assertThat(stage(Life2024.ID, 2)).isEqualTo(row("complaint_id", Life2024.ID, "stage", 2,
                "code_version", "2024", "tenure", "LOW_COST_RENTAL", "category", "damp-and-mould",
                "channel", "EMAIL", "refusal_reason", null, "opened_on", day("2025-03-17"), "taken_on_on", null, "standing", "RESPONDED", "closed_on", null,
                "acknowledgement_due", day("2025-03-24"), "acknowledged_on", day("2025-03-19"),
                "acknowledged_on_time", true, "original_response_due", day("2025-04-16"),
                "response_due", day("2025-04-16"), "extensions", 0, "extensions_beyond_limit", 0,
                "working_days_extended", null, "extensions_within_limit_or_with_good_reason", true,
                "responded_on", day("2025-04-15"), "working_days_taken", 21, "on_time_as_extended", true,
                "on_time_against_original", true, "channel", "EMAIL", "refusal_reason", null));
    }

    @Test
    void keepsBothDeadlinesAsTheStageGoesBeforeTheResponseSaysThem() {
        feed(Life2024.LOGGED, Life2024.STAGE_ONE_ACKNOWLEDGED);
        assertThat(deadlines(Life2024.ID, 1)).isEqualTo(row("original_response_due", day("2025-02-19"),
                "response_due", day("2025-02-19"), "extensions", 0, "working_days_extended", null));

        feed(Life2024.STAGE_ONE_EXTENDED, Life2024.STAGE_ONE_EXTENDED_BEYOND_LIMIT);
        assertThat(deadlines(Life2024.ID, 1)).isEqualTo(row("original_response_due", day("2025-02-19"),
                "response_due", day("2025-03-12"), "extensions", 2, "working_days_extended", 15));
    }

    @Test
    void followsA2022ComplaintThroughItsThirdStageWithNoAcknowledgementDeadlineAfterStageOne() {
        // Stage 3's response as stored before the ledger recorded the original deadline and its flags: the row's own
        // original deadline (Wed 21 September) and extensions' verdict stand in.
        feed(replacing(ThreeStages2022.ALL, ThreeStages2022.STAGE_THREE_RESPONDED,
                STAGE_THREE_2022_RESPONDED_BEFORE_THE_FLAGS));

        // Mon 4 to Tue 19 July 2022: 4 + 5 + 2 = 11 working days.
        assertThat(timeliness(ThreeStages2022.ID, 1)).isEqualTo(row("code_version", "2022", "tenure", null,
                "opened_on", day("2022-07-04"), "acknowledgement_due", day("2022-07-09"), "acknowledged_on_time", true,
                "original_response_due", day("2022-07-20"), "response_due", day("2022-07-20"),
                "responded_on", day("2022-07-19"), "working_days_taken", 11, "on_time_as_extended", true,
                "on_time_against_original", true));
        // 2022 5.10, 5.13: no acknowledgement deadline, the response clock from the request. Mon 25 July to Thu 18
        // August: 4 + 5 + 5 + 4 = 18.
        assertThat(timeliness(ThreeStages2022.ID, 2)).isEqualTo(row("code_version", "2022", "tenure", null,
                "opened_on", day("2022-07-25"), "acknowledgement_due", null, "acknowledged_on_time", null,
                "original_response_due", day("2022-08-22"), "response_due", day("2022-08-22"),
                "responded_on", day("2022-08-18"), "working_days_taken", 18, "on_time_as_extended", true,
                "on_time_against_original", true));
        // 5.18. Mon 22 August to Tue 4 October, less Mon 29 August and Mon 19 September (the state funeral):
        // 4 + 4 + 5 + 5 + 4 + 5 + 2 = 29.
        assertThat(timeliness(ThreeStages2022.ID, 3)).isEqualTo(row("code_version", "2022", "tenure", null,
                "opened_on", day("2022-08-22"), "acknowledgement_due", null, "acknowledged_on_time", null,
                "original_response_due", day("2022-09-21"), "response_due", day("2022-10-05"),
                "responded_on", day("2022-10-04"), "working_days_taken", 29, "on_time_as_extended", true,
                "on_time_against_original", false));
        assertThat(stage(ThreeStages2022.ID, 3)).containsEntry("extensions", 1)
                .containsEntry("extensions_beyond_limit", 1).containsEntry("working_days_extended", 10)
                .containsEntry("extensions_within_limit_or_with_good_reason", true);  // with a good reason
    }

    @Test
    void aRefusalThatDidNotStandStartsStageOneAfreshAndKeepsWhenItWasReceived() {
        feed(RefusedThenTakenOn.LOGGED, RefusedThenTakenOn.REFUSED);
        assertThat(standing(RefusedThenTakenOn.ID, 1)).isEqualTo(row("opened_on", day("2025-06-02"),
                "taken_on_on", null, "standing", "REFUSED", "closed_on", day("2025-06-04"),
                "acknowledgement_due", day("2025-06-09"), "acknowledged_on_time", null, "response_due", null));
        assertThat(stage(RefusedThenTakenOn.ID, 1)).containsEntry("refusal_reason", "MORE_THAN_12_MONTHS");

        feed(RefusedThenTakenOn.TAKEN_ON);  // 2.4: owed afresh from the instruction, the refusal's ground gone
        assertThat(stage(RefusedThenTakenOn.ID, 1)).containsEntry("refusal_reason", null);
        assertThat(standing(RefusedThenTakenOn.ID, 1)).isEqualTo(row("opened_on", day("2025-06-02"),
                "taken_on_on", day("2025-07-07"), "standing", "OPEN", "closed_on", null,
                "acknowledgement_due", day("2025-07-14"), "acknowledged_on_time", null, "response_due", null));

        feed(RefusedThenTakenOn.ACKNOWLEDGED);
        assertThat(standing(RefusedThenTakenOn.ID, 1)).isEqualTo(row("opened_on", day("2025-06-02"),
                "taken_on_on", day("2025-07-07"), "standing", "OPEN", "closed_on", null,
                "acknowledgement_due", day("2025-07-14"), "acknowledged_on_time", true,
                "response_due", day("2025-07-23")));
        assertThat(stage(RefusedThenTakenOn.ID, 1)).containsEntry("tenure", "LOW_COST_HOME_OWNERSHIP");
    }

    @Test
    void aRefusedThirdStageTakenOnRunsItsClockFromTheInstruction() {
        feed(StageThreeRefusedThenTakenOn.ALL.subList(0, StageThreeRefusedThenTakenOn.ALL.size() - 1));
        assertThat(standing(StageThreeRefusedThenTakenOn.ID, 3)).isEqualTo(row("opened_on", day("2023-02-27"),
                "taken_on_on", null, "standing", "ESCALATION_REFUSED", "closed_on", day("2023-03-01"),
                "acknowledgement_due", null, "acknowledged_on_time", null, "response_due", day("2023-03-27")));
        assertThat(stage(StageThreeRefusedThenTakenOn.ID, 2)).containsEntry("standing", "RESPONDED")
                .containsEntry("acknowledged_on", null).containsEntry("tenure", "LOW_COST_RENTAL");

        feed(StageThreeRefusedThenTakenOn.TAKEN_ON);  // 2.4, 5.11; 2022 5.18
        assertThat(standing(StageThreeRefusedThenTakenOn.ID, 3)).isEqualTo(row("opened_on", day("2023-02-27"),
                "taken_on_on", day("2023-04-03"), "standing", "OPEN", "closed_on", null,
                "acknowledgement_due", null, "acknowledged_on_time", null, "response_due", day("2023-05-04")));
        assertThat(stage(StageThreeRefusedThenTakenOn.ID, 3))
                .containsEntry("original_response_due", day("2023-05-04"));
    }

    @Test
    void anEscalationAskedForAgainCountsFromTheNewRequest() {
        feed(EscalationAskedAgain.ALL.subList(0, EscalationAskedAgain.ALL.size() - 1));
        assertThat(standing(EscalationAskedAgain.ID, 2)).containsEntry("standing", "ESCALATION_REFUSED")
                .containsEntry("closed_on", day("2025-11-19"));
        assertThat(stage(EscalationAskedAgain.ID, 2)).containsEntry("refusal_reason", "LEGAL_PROCEEDINGS");

        feed(EscalationAskedAgain.ESCALATED_AGAIN);  // 5.11
        assertThat(standing(EscalationAskedAgain.ID, 2)).isEqualTo(row("opened_on", day("2025-12-01"),
                "taken_on_on", null, "standing", "OPEN", "closed_on", null,
                "acknowledgement_due", day("2025-12-08"), "acknowledged_on_time", null, "response_due", null));
        assertThat(stage(EscalationAskedAgain.ID, 2)).containsEntry("refusal_reason", null);
        assertThat(standing(EscalationAskedAgain.ID, 1)).containsEntry("standing", "RESPONDED");
    }

    @Test
    void aWithdrawalClosesTheOpenStageUnanswered() {
        feed(Withdrawn.ALL);
        assertThat(standing(Withdrawn.ID, 1)).isEqualTo(row("opened_on", day("2025-09-01"), "taken_on_on", null,
                "standing", "WITHDRAWN", "closed_on", day("2025-09-12"), "acknowledgement_due", day("2025-09-08"),
                "acknowledged_on_time", true, "response_due", day("2025-09-17")));
        assertThat(stage(Withdrawn.ID, 1)).containsEntry("responded_on", null)
                .containsEntry("on_time_as_extended", null).containsEntry("working_days_taken", null);
    }

    @Test
    void aReplayFromScratchGivesTheSameRowsAsLiveProcessing() {
        feed(ComplaintHistories.all());
        List<Map<String, Object>> live = allRows();
        // Stages: 2024 life 2, 2022 three stages 3, refused 1, stage 3 refused 3, asked again 2, withdrawn 1.
        assertThat(live).hasSize(12);

        projection.replayFromScratch();
        assertThat(allRows()).isEmpty();
        feed(ComplaintHistories.all());
        assertThat(allRows()).isEqualTo(live);
    }

    @Test
    void aRebuildInMemoryGivesTheSameRowsAsLiveProcessing() {
        // with a response late against the original deadline and one whose flags the row's own dates stand in for
        List<ComplaintEvent> history = replacing(replacing(ComplaintHistories.all(), Life2024.STAGE_ONE_RESPONDED,
                LIFE_2024_STAGE_ONE_RESPONDED_LATE_AGAINST_ORIGINAL), ThreeStages2022.STAGE_THREE_RESPONDED,
                STAGE_THREE_2022_RESPONDED_BEFORE_THE_FLAGS);
        feed(history);
        List<Map<String, Object>> live = allRows();

        database.rebuildInMemory(projection, history);
        assertThat(allRows()).hasSize(12).isEqualTo(live);
    }

    /** {@code stored} with the original deadline and the flags set as given. */
    private static StageResponseIssued response(StageResponseIssued stored, String originalResponseDue,
                                                boolean onTimeAgainstOriginal, boolean extensionsWithinLimit) {
        return new StageResponseIssued(stored.complaintId(), stored.occurredAt(), null, stored.stage(),
                stored.decision(), stored.reasons(), stored.remediesOffered(), stored.outstandingActions(),
                stored.escalationRoute(), stored.respondedBy(), stored.responseDue(), stored.onTime(),
                day(originalResponseDue), onTimeAgainstOriginal, extensionsWithinLimit);
    }

    /** {@code stored} with no one responsible, original deadline or flags recorded. */
    private static StageResponseIssued withoutTheFlags(StageResponseIssued stored) {
        return new StageResponseIssued(stored.complaintId(), stored.occurredAt(), null, stored.stage(),
                stored.decision(), stored.reasons(), stored.remediesOffered(), stored.outstandingActions(),
                stored.escalationRoute(), null, stored.responseDue(), stored.onTime(), null, null, null);
    }

    private static List<ComplaintEvent> replacing(List<ComplaintEvent> history, ComplaintEvent old,
                                                  ComplaintEvent replacement) {
        List<ComplaintEvent> replaced = new ArrayList<>(history);
        replaced.set(replaced.indexOf(old), replacement);
        return replaced;
    }

    private void feed(ComplaintEvent... events) {
        feed(List.of(events));
    }

    private void feed(List<ComplaintEvent> events) {
        events.forEach(event -> projection.apply(new ProjectedEvent(event, event.occurredAt(), null, 0)));
    }

    private static Map<String, Object> stage(String complaintId, int stage) {
        return database.rows("SELECT * FROM timescale_compliance WHERE complaint_id = ? AND stage = ?",
                complaintId, stage).getFirst();
    }

    private static Map<String, Object> deadlines(String complaintId, int stage) {
        return database.rows("SELECT original_response_due, response_due, extensions, working_days_extended "
                + "FROM timescale_compliance WHERE complaint_id = ? AND stage = ?", complaintId, stage).getFirst();
    }

    /** What TSM CH02 and the annual report's timeliness read. */
    private static Map<String, Object> timeliness(String complaintId, int stage) {
        return database.rows("SELECT code_version, tenure, opened_on, acknowledgement_due, acknowledged_on_time, "
                + "original_response_due, response_due, responded_on, working_days_taken, on_time_as_extended, "
                + "on_time_against_original FROM timescale_compliance WHERE complaint_id = ? AND stage = ?",
                complaintId, stage).getFirst();
    }

    /** Where the stage stands and what it owes. */
    private static Map<String, Object> standing(String complaintId, int stage) {
        return database.rows("SELECT opened_on, taken_on_on, standing, closed_on, acknowledgement_due, "
                + "acknowledged_on_time, response_due FROM timescale_compliance WHERE complaint_id = ? AND stage = ?",
                complaintId, stage).getFirst();
    }

    private static List<Map<String, Object>> allRows() {
        return database.rows("SELECT * FROM timescale_compliance ORDER BY complaint_id, stage");
    }
}
