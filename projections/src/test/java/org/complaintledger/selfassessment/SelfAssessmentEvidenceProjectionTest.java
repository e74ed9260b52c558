package org.complaintledger.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.projectiontest.ComplaintEvents.at;
import static org.complaintledger.projectiontest.ComplaintEvents.day;
import static org.complaintledger.projectiontest.ProjectionDatabase.row;

import java.util.List;
import java.util.Map;
import org.complaintledger.code.Stage;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.complaint.ComplaintRefused;
import org.complaintledger.complaint.Decision;
import org.complaintledger.complaint.RefusalReason;
import org.complaintledger.complaint.StageResponseIssued;
import org.complaintledger.personaldata.PersonalData;
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
 * The complaint rows a self-assessment (8.1 a) reads, on a real PostgreSQL with the module's migrations: stage 2's staff
 * compared with stage 1's (6.13) without a name in the table, every refusal with its ground and what the resident was
 * told (2.4, 5.11), every escalation request and its answer, and the first extension against the update interval
 * agreed (5.9); and a replay from scratch, or a rebuild in memory, giving the same rows as live processing.
 */
class SelfAssessmentEvidenceProjectionTest {

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    private SelfAssessmentEvidenceProjection projection;

    @BeforeEach
    void emptyTables() {
        projection = new SelfAssessmentEvidenceProjection(new SqlTables(database.jdbc()));
        projection.replayFromScratch();
    }

    @Test
    void stageTwoStaffAreComparedWithStageOnesByDigestNeverByName() {
        ComplaintHistories.all().forEach(this::feed);

        // histories: stage 1 acknowledged by officer-1 and answered by manager-1; stage 2 by officer-2 and manager-2
        assertThat(database.rows("SELECT complaint_id, cardinality(stage_one_staff) AS staff, stage_two_handler_same, "
                + "stage_two_signatory_same, stage_two_responded_on FROM self_assessment_handling ORDER BY complaint_id"))
                .containsExactly(
                        handling(ThreeStages2022.ID, 2, false, false, "2022-08-18"),
                        // the 2022 Code's stage 2 answered without an acknowledgement: no handler recorded
                        handling(StageThreeRefusedThenTakenOn.ID, 2, null, false, "2023-02-20"),
                        handling(Life2024.ID, 2, false, false, "2025-04-15"),
                        // answered at stage 1, escalation refused, asked again: stage 2 not yet handled
                        handling(EscalationAskedAgain.ID, 2, null, null, null),
                        handling(RefusedThenTakenOn.ID, 1, null, null, null),
                        handling(Withdrawn.ID, 1, null, null, null));
        assertThat(database.rows("SELECT array_to_string(stage_one_staff, ',') AS staff FROM self_assessment_handling"))
                .allSatisfy(r -> assertThat((String) r.get("staff")).doesNotContain("officer").doesNotContain("manager"));
    }

    @Test
    void aStageTwoSignatoryWhoHandledStageOneIsTheSameWhateverTheCaseAndSpaces() {
        Life2024.ALL.subList(0, 8).forEach(this::feed);  // up to stage 2 acknowledged by officer-2
        StageResponseIssued signedByStageOnesHandler = new StageResponseIssued(Life2024.ID, at("2025-04-15"), null,
                Stage.TWO, Decision.UPHELD, "Our reasons", List.of(), List.of(), "the Housing Ombudsman",
                "  OFFICER-1 ", day("2025-04-16"), true, day("2025-04-16"), true, true);
        feed(signedByStageOnesHandler);

        assertThat(database.rows("SELECT stage_two_handler_same, stage_two_signatory_same FROM self_assessment_handling"))
                .containsExactly(row("stage_two_handler_same", false, "stage_two_signatory_same", true));
    }

    @Test
    void everyRefusalIsKeptWithItsGroundAndWhatTheResidentWasTold() {
        ComplaintHistories.all().forEach(this::feed);

        assertThat(database.rows("SELECT complaint_id, stage, refused_on, reason, explanation_given, "
                + "ombudsman_right_told FROM self_assessment_refusal ORDER BY refused_on"))
                .containsExactly(
                        refusal(StageThreeRefusedThenTakenOn.ID, 3, "2023-03-01", "ALREADY_CONSIDERED", true, true),
                        refusal(RefusedThenTakenOn.ID, 1, "2025-06-04", "MORE_THAN_12_MONTHS", true, true),
                        refusal(EscalationAskedAgain.ID, 2, "2025-11-19", "LEGAL_PROCEEDINGS", true, true));
    }

    @Test
    void anErasedExplanationStillReadsAsGivenAndAMissingOneAsNot() {
        feed(new ComplaintRefused("erased", at("2025-06-04"), null, RefusalReason.OTHER, PersonalData.ERASED,
                true));
        // stored before the ledger refused a refusal without the Ombudsman's right or an explanation
        feed(new ComplaintRefused("unexplained", at("2025-06-05"), null, RefusalReason.OTHER, " ", false));

        assertThat(database.rows("SELECT complaint_id, explanation_given, ombudsman_right_told "
                + "FROM self_assessment_refusal ORDER BY complaint_id"))
                .containsExactly(
                        row("complaint_id", "erased", "explanation_given", true, "ombudsman_right_told", true),
                        row("complaint_id", "unexplained", "explanation_given", false, "ombudsman_right_told", false));
    }

    @Test
    void eachEscalationRequestIsAnsweredByItsAcknowledgementResponseRefusalOrWithdrawal() {
        ComplaintHistories.all().forEach(this::feed);

        assertThat(database.rows("SELECT complaint_id, to_stage, requested_on, answer, answered_on "
                + "FROM self_assessment_escalation ORDER BY complaint_id, requested_at"))
                .containsExactly(
                        escalation(ThreeStages2022.ID, 2, "2022-07-25", "ACCEPTED", "2022-07-27"),
                        escalation(ThreeStages2022.ID, 3, "2022-08-22", "ACCEPTED", "2022-08-24"),
                        // 2022 stage 2 answered without an acknowledgement: the response accepts it
                        escalation(StageThreeRefusedThenTakenOn.ID, 2, "2023-01-30", "ACCEPTED", "2023-02-20"),
                        escalation(StageThreeRefusedThenTakenOn.ID, 3, "2023-02-27", "REFUSED", "2023-03-01"),
                        escalation(Life2024.ID, 2, "2025-03-17", "ACCEPTED", "2025-03-19"),
                        escalation(EscalationAskedAgain.ID, 2, "2025-11-17", "REFUSED", "2025-11-19"),
                        // asked again, not yet answered
                        escalation(EscalationAskedAgain.ID, 2, "2025-12-01", null, null));
    }

    @Test
    void theFirstExtensionIsKeptBesideTheFirstUpdateIntervalAgreed() {
        ComplaintHistories.all().forEach(this::feed);

        // Life2024: interval agreed Fri 7 Feb, extended Mon 17 Feb and again Mon 3 March (the first is kept);
        // ThreeStages2022: extended at stage 3 on Wed 14 September 2022 with no interval agreed
        assertThat(database.rows("SELECT * FROM self_assessment_updates ORDER BY complaint_id"))
                .containsExactly(
                        row("complaint_id", ThreeStages2022.ID, "first_extended_on", day("2022-09-14"),
                                "interval_agreed_on", null),
                        row("complaint_id", Life2024.ID, "first_extended_on", day("2025-02-17"),
                                "interval_agreed_on", day("2025-02-07")));
    }

    @Test
    void aReplayFromScratchGivesTheSameRowsAsLiveProcessing() {
        ComplaintHistories.all().forEach(this::feed);
        Map<String, List<Map<String, Object>>> live = everyTable();
        assertThat(live.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        projection.replayFromScratch();
        assertThat(everyTable().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
        ComplaintHistories.all()
                .forEach(event -> projection.apply(new ProjectedEvent(event, at("2026-01-05"), null, 0)));
        assertThat(everyTable()).isEqualTo(live);
    }

    @Test
    void aRebuildInMemoryGivesTheSameRowsAsLiveProcessing() {
        ComplaintHistories.all().forEach(this::feed);
        Map<String, List<Map<String, Object>>> live = everyTable();
        assertThat(live.values().stream().mapToInt(List::size).sum()).isEqualTo(6 + 3 + 7 + 2);

        database.rebuildInMemory(projection, ComplaintHistories.all().stream()
                .map(event -> new ProjectedEvent(event, event.occurredAt(), event.complaintId(), 0)).toList());
        assertThat(everyTable()).isEqualTo(live);
        // stage 1's staff copied out as a text[] of two digests, as live processing wrote them
        assertThat(database.rows("SELECT stage_one_staff::text AS staff FROM self_assessment_handling "
                + "WHERE complaint_id = ?", Life2024.ID)).singleElement()
                .satisfies(r -> assertThat((String) r.get("staff")).matches("\\{[0-9a-f]{64},[0-9a-f]{64}}"));
    }

    private void feed(ComplaintEvent event) {
        projection.apply(new ProjectedEvent(event, event.occurredAt(), event.complaintId(), 0));
    }

    private static Map<String, List<Map<String, Object>>> everyTable() {
        return Map.of(
                "self_assessment_handling", database.rows("SELECT complaint_id, array_to_string(stage_one_staff, ',') "
                        + "AS staff, stage_two_handler_same, stage_two_signatory_same, stage_two_responded_on "
                        + "FROM self_assessment_handling ORDER BY complaint_id"),
                "self_assessment_refusal", database.rows("SELECT * FROM self_assessment_refusal "
                        + "ORDER BY complaint_id, stage, refused_at"),
                "self_assessment_escalation", database.rows("SELECT * FROM self_assessment_escalation "
                        + "ORDER BY complaint_id, to_stage, requested_at"),
                "self_assessment_updates", database.rows("SELECT * FROM self_assessment_updates ORDER BY complaint_id"));
    }

    private static Map<String, Object> handling(String id, int staff, Boolean handlerSame, Boolean signatorySame,
                                                String respondedOn) {
        return row("complaint_id", id, "staff", staff, "stage_two_handler_same", handlerSame,
                "stage_two_signatory_same", signatorySame, "stage_two_responded_on",
                respondedOn == null ? null : day(respondedOn));
    }

    private static Map<String, Object> refusal(String id, int stage, String on, String reason, boolean explained,
                                               boolean told) {
        return row("complaint_id", id, "stage", stage, "refused_on", day(on), "reason", reason,
                "explanation_given", explained, "ombudsman_right_told", told);
    }

    private static Map<String, Object> escalation(String id, int stage, String on, String answer, String answeredOn) {
        return row("complaint_id", id, "to_stage", stage, "requested_on", day(on), "answer", answer,
                "answered_on", answeredOn == null ? null : day(answeredOn));
    }
}
