package org.complaintledger.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.projectiontest.ComplaintEvents.actionCompleted;
import static org.complaintledger.projectiontest.ComplaintEvents.at;
import static org.complaintledger.projectiontest.ComplaintEvents.day;
import static org.complaintledger.projectiontest.ComplaintEvents.handlingFailureFound;
import static org.complaintledger.projectiontest.ComplaintEvents.logged;
import static org.complaintledger.projectiontest.ComplaintEvents.order;
import static org.complaintledger.projectiontest.ComplaintEvents.orderComplied;
import static org.complaintledger.projectiontest.ProjectionDatabase.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintledger.complaint.ActionCompleted;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.complaint.ComplaintHandlingFailureFound;
import org.complaintledger.complaint.ComplaintLogged;
import org.complaintledger.complaint.Ombudsman.HandlingFailureKind;
import org.complaintledger.complaint.OmbudsmanOrderComplied;
import org.complaintledger.complaint.ReferredToOmbudsman;
import org.complaintledger.learning.ImprovementDelivered;
import org.complaintledger.learning.ImprovementOwnerReassigned;
import org.complaintledger.learning.ImprovementRescheduled;
import org.complaintledger.learning.LearningEvent;
import org.complaintledger.learning.LearningLinkedToComplaint;
import org.complaintledger.learning.LearningRecorded;
import org.complaintledger.projectiontest.ComplaintHistories;
import org.complaintledger.projectiontest.ComplaintHistories.Life2024;
import org.complaintledger.projectiontest.ComplaintHistories.Withdrawn;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.SqlTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What complaints came to (8.1, 9.7), on a real PostgreSQL with the module's migrations: decisions per stage, remedies
 * and actions to completion on time or late, the Ombudsman's referrals, findings, orders and their compliance, and
 * learning records; and a replay from scratch, or a rebuild in memory, giving the same rows as live processing.
 */
class OutcomesAndRemediesProjectionTest {

    /** The stage 2 apology of {@link Life2024}, due Tue 22 April 2025, made on Mon 28 April: late. */
    private static final ActionCompleted APOLOGY_MADE_LATE =
            actionCompleted(Life2024.ID, "2025-04-28", "action-3", "2025-04-22");
    /** The determination's order (order-3, on finding-3), due Wed 1 October 2025, complied with on Mon 6 October. */
    private static final OmbudsmanOrderComplied DETERMINATION_ORDER_COMPLIED_LATE =
            orderComplied(Life2024.ID, "2025-10-06", "order-3", "2025-10-01");

    /** A complaint the Ombudsman ordered on for its handling alone, never referred on its substance (8.1 c). */
    private static final String UNREFERRED = "complaint-handling-failure-only";
    private static final ComplaintLogged UNREFERRED_LOGGED = logged(UNREFERRED, "2025-05-05", "2024", "2025-05-12",
            Life2024.FACTS);
    private static final ComplaintHandlingFailureFound UNREFERRED_ORDER = handlingFailureFound(UNREFERRED,
            "2025-08-04", "finding-1", HandlingFailureKind.COMPLAINT_HANDLING_FAILURE_ORDER,
            order("order-1", "finding-1", "2025-09-01"));

    private static final List<ComplaintEvent> EXTRA =
            List.of(APOLOGY_MADE_LATE, DETERMINATION_ORDER_COMPLIED_LATE, UNREFERRED_LOGGED, UNREFERRED_ORDER);

    /** Drawn on Mon 2 June 2025 from two complaints; the improvement due Fri 29 August. */
    private static final LearningRecorded LEARNING_RECORDED = new LearningRecorded("learning-1", at("2025-06-02"),
            null, List.of(Life2024.ID), "Damp reports were closed without a visit", "Visit every damp report",
            "Repairs team", day("2025-08-29"), "manager-1");
    private static final LearningLinkedToComplaint LEARNING_LINKED = new LearningLinkedToComplaint("learning-1",
            at("2025-09-15"), null, Withdrawn.ID, "manager-1");
    private static final ImprovementOwnerReassigned OWNER_REASSIGNED = new ImprovementOwnerReassigned("learning-1",
            at("2025-07-01"), null, "Repairs team", "Asset team", "Reorganised", "manager-1");
    private static final ImprovementRescheduled RESCHEDULED = new ImprovementRescheduled("learning-1",
            at("2025-08-20"), null, day("2025-08-29"), day("2025-09-30"), "Contractor changed", "manager-1");
    /** Delivered Fri 26 September, before the rescheduled Tue 30 September. */
    private static final ImprovementDelivered DELIVERED = new ImprovementDelivered("learning-1", at("2025-09-26"),
            null, "Visits booked for every damp report", "Asset team", day("2025-09-30"), true, "manager-1");

    private static final List<LearningEvent> LEARNING =
            List.of(LEARNING_RECORDED, OWNER_REASSIGNED, RESCHEDULED, LEARNING_LINKED, DELIVERED);

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    private OutcomesAndRemediesProjection outcomes;
    private LearningRecordsProjection learning;

    @BeforeEach
    void emptyTables() {
        database.empty("outcome_decision", "outcome_action", "ombudsman_referral", "ombudsman_finding",
                "ombudsman_order", "learning_record", "learning_complaint");
        outcomes = new OutcomesAndRemediesProjection(new SqlTables(database.jdbc()));
        learning = new LearningRecordsProjection(new SqlTables(database.jdbc()));
    }

    @Test
    void eachStageResponseRecordsItsDecisionOnTheDayItWasIssued() {
        Life2024.ALL.forEach(this::outcome);
        assertThat(database.rows("SELECT * FROM outcome_decision ORDER BY stage")).containsExactly(
                row("complaint_id", Life2024.ID, "stage", 1, "decision", "PARTLY_UPHELD",
                        "responded_on", day("2025-03-11")),
                row("complaint_id", Life2024.ID, "stage", 2, "decision", "UPHELD", "responded_on", day("2025-04-15")));
    }

    @Test
    void remediesAndActionsAreOfferedThenCompletedOnTimeOrLate() {
        Life2024.ALL.forEach(this::outcome);
        Withdrawn.ALL.forEach(this::outcome);
        // The £250 is paid Thu 20 March, due Tue 25 March: on time. The apology and the fan still outstanding.
        assertThat(actions()).containsExactly(
                actionRow(Life2024.ID, "action-1", "FINANCIAL", 25_000L, 1, "2025-03-11", "2025-03-25", "2025-03-20", true),
                actionRow(Life2024.ID, "action-2", null, null, 1, "2025-03-11", "2025-04-30", null, null),
                actionRow(Life2024.ID, "action-3", "APOLOGY", null, 2, "2025-04-15", "2025-04-22", null, null),
                // Offered outside a stage response (5.13), so of no stage.
                actionRow(Withdrawn.ID, "action-1", "EXPLANATION", null, null, "2025-09-10", "2025-09-24", null, null));

        outcome(APOLOGY_MADE_LATE);
        assertThat(actions().get(2)).isEqualTo(
                actionRow(Life2024.ID, "action-3", "APOLOGY", null, 2, "2025-04-15", "2025-04-22", "2025-04-28", false));
    }

    @Test
    void aDeterminationsOrdersFollowItsFindingsAndOneIsCompliedWithLate() {
        Life2024.ALL.forEach(this::outcome);
        outcome(DETERMINATION_ORDER_COMPLIED_LATE);

        assertThat(database.rows("SELECT * FROM ombudsman_referral")).containsExactly(row("complaint_id", Life2024.ID,
                "ombudsman_reference", "HOS-2025-0123", "referred_on", day("2025-05-12")));
        assertThat(findings(Life2024.ID)).containsExactly(
                findingRow("finding-1", "CODE_NON_COMPLIANCE_FINDING", null, "HOS-2025-0123", "6.2", "2025-06-02"),
                findingRow("finding-2", "COMPLAINT_HANDLING_FAILURE_ORDER", null, "HOS-2025-0123", "6.2", "2025-07-01"),
                findingRow("finding-3", "DETERMINATION", "MALADMINISTRATION", null, null, "2025-09-01"),
                findingRow("finding-4", "DETERMINATION", "SERVICE_FAILURE", null, null, "2025-09-01"),
                findingRow("finding-5", "DETERMINATION", "MALADMINISTRATION", null, null, "2025-09-01"),
                findingRow("finding-6", "COMPLAINT_HANDLING_FAILURE_ORDER", null, "HOS-2025-0123", "6.2", "2025-09-15"));
        // Determinations by finding, as the annual report counts them (8.1 c).
        assertThat(database.rows("SELECT finding, count(*) AS findings FROM ombudsman_finding "
                + "WHERE kind = 'DETERMINATION' GROUP BY finding ORDER BY finding")).containsExactly(
                row("finding", "MALADMINISTRATION", "findings", 2L), row("finding", "SERVICE_FAILURE", "findings", 1L));
        // order-1 complied with Fri 20 June, due Mon 30 June: on time; order-3 five days late.
        assertThat(orders(Life2024.ID)).containsExactly(
                orderRow("order-1", "finding-1", "2025-06-02", "2025-06-30", "2025-06-20", true),
                orderRow("order-2", "finding-2", "2025-07-01", "2025-07-29", null, null),
                orderRow("order-3", "finding-3", "2025-09-01", "2025-10-01", "2025-10-06", false));
    }

    @Test
    void aReferralRecordedWithoutTheOmbudsmansReferenceStillCounts() {
        outcome(new ReferredToOmbudsman(UNREFERRED, at("2025-06-02"), null, null));
        assertThat(database.rows("SELECT * FROM ombudsman_referral WHERE complaint_id = ?", UNREFERRED))
                .containsExactly(row("complaint_id", UNREFERRED, "ombudsman_reference", "",
                        "referred_on", day("2025-06-02")));
    }

    @Test
    void aHandlingFailureOrderNeedsNoReferral() {
        outcome(UNREFERRED_LOGGED);
        outcome(UNREFERRED_ORDER);
        assertThat(database.rows("SELECT * FROM ombudsman_referral")).isEmpty();
        assertThat(findings(UNREFERRED)).containsExactly(
                findingRow("finding-1", "COMPLAINT_HANDLING_FAILURE_ORDER", null, "HOS-2025-0123", "6.2", "2025-08-04"));
        assertThat(orders(UNREFERRED)).containsExactly(
                orderRow("order-1", "finding-1", "2025-08-04", "2025-09-01", null, null));
    }

    @Test
    void aLearningRecordLinkedToTwoComplaintsIsDeliveredOnTimeAsRescheduled() {
        LEARNING.forEach(this::learnt);
        assertThat(database.rows("SELECT * FROM learning_record")).containsExactly(row("learning_id", "learning-1",
                "recorded_on", day("2025-06-02"), "owner", "Asset team", "improvement_due", day("2025-09-30"),
                "reschedules", 1, "delivered_on", day("2025-09-26"), "on_time", true));
        assertThat(database.rows("SELECT * FROM learning_complaint ORDER BY linked_on")).containsExactly(
                row("learning_id", "learning-1", "complaint_id", Life2024.ID, "linked_on", day("2025-06-02")),
                row("learning_id", "learning-1", "complaint_id", Withdrawn.ID, "linked_on", day("2025-09-15")));
    }

    @Test
    void anEventSeenTwiceChangesNothing() {
        feedAll();
        Map<String, List<Map<String, Object>>> once = everyTable();
        feedAll();
        assertThat(everyTable()).isEqualTo(once);
    }

    @Test
    void aReplayFromScratchGivesTheSameRowsAsLiveProcessing() {
        feedAll();
        Map<String, List<Map<String, Object>>> live = everyTable();
        assertThat(live.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        outcomes.replayFromScratch();
        learning.replayFromScratch();
        assertThat(everyTable().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
        feedAll();
        assertThat(everyTable()).isEqualTo(live);
    }

    @Test
    void aRebuildInMemoryGivesTheSameRowsAsLiveProcessing() {
        feedAll();
        Map<String, List<Map<String, Object>>> live = everyTable();
        assertThat(live.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
        assertThat(live.values().stream().mapToInt(List::size).sum()).isGreaterThanOrEqualTo(20);

        List<Object> history = new ArrayList<>(ComplaintHistories.all());
        history.addAll(EXTRA);
        history.addAll(LEARNING);
        // each projection of the group rebuilds its own tables from the whole history, reading what it follows
        database.rebuildInMemory(outcomes, history);
        database.rebuildInMemory(learning, history);
        assertThat(everyTable()).isEqualTo(live);
    }

    /** Applied as live processing applies it, recorded when it happened. */
    private void outcome(ComplaintEvent event) {
        outcomes.apply(new ProjectedEvent(event, event.occurredAt(), event.complaintId(), 0));
    }

    private void learnt(LearningEvent event) {
        learning.apply(new ProjectedEvent(event, event.occurredAt(), event.learningId(), 0));
    }

    private void feedAll() {
        ComplaintHistories.all().forEach(this::outcome);
        EXTRA.forEach(this::outcome);
        LEARNING.forEach(this::learnt);
    }

    private static Map<String, List<Map<String, Object>>> everyTable() {
        return Map.of(
                "outcome_decision", database.rows("SELECT * FROM outcome_decision ORDER BY complaint_id, stage"),
                "outcome_action", actions(),
                "ombudsman_referral", database.rows("SELECT * FROM ombudsman_referral ORDER BY complaint_id"),
                "ombudsman_finding", database.rows("SELECT complaint_id, found_at, position, finding_id, kind, "
                        + "finding, ombudsman_reference, array_to_string(provisions, ',') AS provisions, found_on "
                        + "FROM ombudsman_finding ORDER BY complaint_id, found_at, position"),
                "ombudsman_order", database.rows("SELECT * FROM ombudsman_order ORDER BY complaint_id, order_id"),
                "learning_record", database.rows("SELECT * FROM learning_record ORDER BY learning_id"),
                "learning_complaint", database.rows("SELECT * FROM learning_complaint ORDER BY learning_id, complaint_id"));
    }

    private static List<Map<String, Object>> actions() {
        return database.rows("SELECT * FROM outcome_action ORDER BY complaint_id, action_id");
    }

    private static Map<String, Object> actionRow(String complaintId, String actionId, String remedyType, Long amountPence,
                                              Integer stage, String setOn, String dueBy, String completedOn,
                                              Boolean onTime) {
        return row("complaint_id", complaintId, "action_id", actionId, "remedy_type", remedyType,
                "amount_pence", amountPence, "stage", stage, "set_on", day(setOn), "due_by", day(dueBy),
                "completed_on", completedOn == null ? null : day(completedOn), "on_time", onTime);
    }

    private static List<Map<String, Object>> findings(String complaintId) {
        return database.rows("SELECT finding_id, kind, finding, ombudsman_reference, "
                + "array_to_string(provisions, ',') AS provisions, found_on FROM ombudsman_finding "
                + "WHERE complaint_id = ? ORDER BY found_at, position", complaintId);
    }

    private static Map<String, Object> findingRow(String findingId, String kind, String finding, String reference,
                                               String provisions, String foundOn) {
        return row("finding_id", findingId, "kind", kind, "finding", finding, "ombudsman_reference", reference,
                "provisions", provisions, "found_on", day(foundOn));
    }

    private static List<Map<String, Object>> orders(String complaintId) {
        return database.rows("SELECT order_id, finding_id, made_on, due_by, complied_on, on_time FROM ombudsman_order "
                + "WHERE complaint_id = ? ORDER BY order_id", complaintId);
    }

    private static Map<String, Object> orderRow(String orderId, String findingId, String madeOn, String dueBy,
                                             String compliedOn, Boolean onTime) {
        return row("order_id", orderId, "finding_id", findingId, "made_on", day(madeOn), "due_by", day(dueBy),
                "complied_on", compliedOn == null ? null : day(compliedOn), "on_time", onTime);
    }
}
