package org.complaintledger.reports.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.projectiontest.ComplaintEvents.acknowledged;
import static org.complaintledger.projectiontest.ComplaintEvents.actionCompleted;
import static org.complaintledger.projectiontest.ComplaintEvents.at;
import static org.complaintledger.projectiontest.ComplaintEvents.day;
import static org.complaintledger.projectiontest.ComplaintEvents.escalationRequested;
import static org.complaintledger.projectiontest.ComplaintEvents.extended;
import static org.complaintledger.projectiontest.ComplaintEvents.logged;
import static org.complaintledger.projectiontest.ComplaintEvents.responded;
import static org.complaintledger.projectiontest.ComplaintEvents.updateIntervalAgreed;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.adjustment.AdjustmentKind;
import org.complaintledger.adjustment.AdjustmentRecorded;
import org.complaintledger.adjustment.AdjustmentReviewOutcome;
import org.complaintledger.adjustment.AdjustmentReviewed;
import org.complaintledger.complaint.ComplaintDefinition;
import org.complaintledger.complaint.Decision;
import org.complaintledger.complaint.StageAcknowledged;
import org.complaintledger.complaint.StageExtended;
import org.complaintledger.complaint.StageResponseIssued;
import org.complaintledger.ledger.LedgerEvent;
import org.complaintledger.outcomes.OutcomesAndRemediesProjection;
import org.complaintledger.projectiontest.ComplaintEvents.Facts;
import org.complaintledger.projectiontest.ComplaintHistories;
import org.complaintledger.projectiontest.ComplaintHistories.EscalationAskedAgain;
import org.complaintledger.projectiontest.ComplaintHistories.Life2024;
import org.complaintledger.projectiontest.ComplaintHistories.RefusedThenTakenOn;
import org.complaintledger.projectiontest.ComplaintHistories.Withdrawn;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.readmodel.SqlTables;
import org.complaintledger.reporting.ReportReadModel;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.restriction.RestrictionImposed;
import org.complaintledger.restriction.RestrictionReviewOutcome;
import org.complaintledger.restriction.RestrictionReviewed;
import org.complaintledger.selfassessment.ResidentRecordReviewsProjection;
import org.complaintledger.selfassessment.SelfAssessmentEvidenceProjection;
import org.complaintledger.timescalecompliance.TimescaleComplianceProjection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The self-assessment evidence for 2025/26 worked out by hand, on the report read models of an isolated database fed
 * the shared complaint histories and a few more: a late acknowledgement across Christmas, an extension beyond the
 * Code's limit without a good reason (stored before the ledger refused one) and another with one, a stage 2 handler
 * who signed stage 1, a 2022 Code complaint escalated in 2025/26, remedies, and reviews of a resident's records.
 * The reading stands on Fri 10 April 2026, after the year: whatever fell due in it and was not done counts as missed.
 */
class SelfAssessmentEvidenceReportTest {

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    private static final ReportPeriod YEAR = ReportPeriod.financialYear("financialYear", 2025);
    private static final Facts FACTS = Life2024.FACTS;

    /**
     * Received Mon 15 December 2025; acknowledgement due 5 working days on (6.2): Tue 16 ... Mon 22 December;
     * acknowledged Tue 23 December, late. Response due 10 working days from then (6.3), skipping Christmas Day, Boxing
     * Day and New Year's Day: Wed 24, Mon 29, Tue 30, Wed 31 Dec, Fri 2, Mon 5 ... Fri 9 January 2026. Extended on Wed 7
     * January by 20 working days to Fri 6 February, past the 10 the Code allows (6.4), with no good reason on record (a
     * step stored before the ledger refused one), with no update interval agreed (5.9); answered Mon 9 February, late
     * in both readings. Escalated Tue 10 February (acknowledgement due Tue 17 February, 6.11), acknowledged Wed 11 by
     * the stage 1 signatory (6.13), answered Tue 10 March, before its deadline of Wed 11 March (20 working days, 6.14).
     */
    static final String LATE = "late-extended";
    static final List<LedgerEvent> LATE_EVENTS = List.of(
            logged(LATE, "2025-12-15", "2024", "2025-12-22", FACTS),
            acknowledged(LATE, "2025-12-23", ONE, "2025-12-22", "2026-01-09"),
            new StageExtended(LATE, at("2026-01-07"), null, ONE, day("2026-01-09"), day("2026-02-06"), "Survey awaited",
                    true, true, 20, true, null, false),
            new StageResponseIssued(LATE, at("2026-02-09"), null, ONE, Decision.NOT_UPHELD, "Our reasons", List.of(),
                    List.of(), "Ask us for stage 2", "manager-1", day("2026-02-06"), false, day("2026-01-09"), false,
                    false),
            escalationRequested(LATE, "2026-02-10", TWO, "2026-02-17", null),
            new StageAcknowledged(LATE, at("2026-02-11"), null, TWO,
                    new ComplaintDefinition("Damp not treated", List.of("Treat the damp")), List.of(), List.of(),
                    " Manager-1", day("2026-02-17"), true, day("2026-03-11")),
            responded(LATE, "2026-03-10", TWO, Decision.NOT_UPHELD, "2026-03-11", List.of(), List.of()));

    /**
     * Received Mon 6 October 2025; acknowledged Tue 7 (due Mon 13 October); response due Tue 21 October. An update
     * interval agreed Thu 9 October; extended Mon 20 October by 20 working days to Tue 18 November, beyond the Code's 10
     * with a good reason (6.4); answered Fri 14 November: on time as extended, late against the original.
     */
    static final String IN_TIME = "extended-in-time";
    static final List<LedgerEvent> IN_TIME_EVENTS = List.of(
            logged(IN_TIME, "2025-10-06", "2024", "2025-10-13", FACTS),
            acknowledged(IN_TIME, "2025-10-07", ONE, "2025-10-13", "2025-10-21"),
            updateIntervalAgreed(IN_TIME, "2025-10-09"),
            extended(IN_TIME, "2025-10-20", ONE, "2025-10-21", "2025-11-18", 20, true),
            new StageResponseIssued(IN_TIME, at("2025-11-14"), null, ONE, Decision.NOT_UPHELD, "Our reasons",
                    List.of(), List.of(), "Ask us for stage 2", "manager-1", day("2025-11-18"), true,
                    day("2025-10-21"), false, true));

    /**
     * A 2022 Code complaint received Thu 28 March 2024, answered at stage 1 in April 2024, escalated Tue 6 May 2025:
     * stage 2 is due 20 working days from the request (5.13), skipping the bank holiday of Mon 26 May: Wed 4 June;
     * answered Thu 5 June, late, without an acknowledgement (which the 2022 Code does not require).
     */
    static final String CODE_2022 = "code-2022-escalated";
    static final List<LedgerEvent> CODE_2022_EVENTS = List.of(
            logged(CODE_2022, "2024-03-28", "2022", "2024-04-02", FACTS),
            acknowledged(CODE_2022, "2024-03-29", ONE, "2024-04-02", "2024-04-15"),
            responded(CODE_2022, "2024-04-12", ONE, Decision.NOT_UPHELD, "2024-04-15", List.of(), List.of()),
            escalationRequested(CODE_2022, "2025-05-06", TWO, null, "2025-06-04"),
            responded(CODE_2022, "2025-06-05", TWO, Decision.NOT_UPHELD, "2025-06-04", List.of(), List.of()));

    /**
     * Life2024's stage 2 apology (action-3, due Tue 22 April 2025) made that day; its outstanding action (action-2, due
     * Wed 30 April) and the withdrawn complaint's explanation (due Wed 24 September) never completed.
     */
    static final LedgerEvent APOLOGY_MADE = actionCompleted(Life2024.ID, "2025-04-22", "action-3", "2025-04-22");

    /**
     * An adjustment agreed Mon 5 May 2025, reviewed late (due Mon 4 August, held Wed 6 August), its next review due
     * Wed 5 November missed; a disability disclosed Tue 1 July, reviewed on time on Tue 30 September (due Wed 1
     * October), next due in 2026/27; a restriction reviewed and lifted on time.
     */
    static final List<LedgerEvent> RECORDS = List.of(
            new AdjustmentRecorded("adjustment-1", at("2025-05-05"), null, "resident-1",
                    AdjustmentKind.ADJUSTMENT_AGREED, "Large print", "the resident", null, day("2025-08-04"), "officer-1"),
            new AdjustmentReviewed("adjustment-1", at("2025-08-06"), null, AdjustmentReviewOutcome.CONTINUED, "Needed",
                    null, day("2025-08-04"), false, day("2025-11-05"), "officer-1"),
            new AdjustmentRecorded("disability-1", at("2025-07-01"), null, "resident-2",
                    AdjustmentKind.DISABILITY_DISCLOSED, "Hearing loss", null, "the resident", day("2025-10-01"),
                    "officer-2"),
            new AdjustmentReviewed("disability-1", at("2025-09-30"), null, AdjustmentReviewOutcome.CONTINUED, "Same",
                    null, day("2025-10-01"), true, day("2026-04-30"), "officer-2"),
            new RestrictionImposed("restriction-1", at("2025-06-02"), null, "resident-3", "Abusive calls",
                    "Email only", "Least restrictive", true, day("2025-09-02"), "manager-1"),
            new RestrictionReviewed("restriction-1", at("2025-09-01"), null, RestrictionReviewOutcome.LIFTED,
                    "Calls stopped", null, day("2025-09-02"), true, null, "manager-1"));

    private static SelfAssessmentEvidence report;

    @BeforeAll
    static void feedAndRead() {
        var jdbc = database.jdbc();
        List<ReportReadModel> models = List.of(new TimescaleComplianceProjection(new SqlTables(jdbc)),
                new OutcomesAndRemediesProjection(new SqlTables(jdbc)),
                new SelfAssessmentEvidenceProjection(new SqlTables(jdbc)),
                new ResidentRecordReviewsProjection(new SqlTables(jdbc)));
        Stream.of(ComplaintHistories.all(), LATE_EVENTS, IN_TIME_EVENTS, CODE_2022_EVENTS, List.of(APOLOGY_MADE),
                        RECORDS).flatMap(List::stream)
                .forEach(event -> models.forEach(model -> model.apply(
                        new ProjectedEvent(event, ((LedgerEvent) event).occurredAt(), null, 0))));
        report = SelfAssessmentEvidenceReport.of(YEAR, day("2026-04-10")).apply(jdbc);
    }

    @Test
    void acknowledgementsAndResponsesInBothReadingsByTheCodeTheComplaintsWereReceivedUnder() {
        // stage 1 opened in 2025/26: taken-on refused complaint, asked-again, withdrawn, extended-in-time on time;
        // late-extended late: 4 / 5 = 80.0 %
        assertTest("Stage 1 acknowledged within the Code's timescale (2024 Code)", "6.2", 4, 5, "80.0", LATE);
        // stage 2 opened: late-extended on time; asked-again's request of Mon 1 December unacknowledged past Mon 8
        // December: 1 / 2
        assertTest("Stage 2 acknowledged within the Code's timescale (2024 Code)", "6.11", 1, 2, "50.0",
                EscalationAskedAgain.ID);
        // responses issued: asked-again (on time), extended-in-time (on time as extended), late-extended (late); open
        // past its deadline (Wed 23 July 2025): the taken-on complaint. As extended 2 / 4; against the original only
        // asked-again: 1 / 4
        assertTest("Stage 1 answered on time, as extended (2024 Code)", "6.3", 2, 4, "50.0",
                RefusedThenTakenOn.ID, LATE);
        assertTest("Stage 1 answered on time against the original deadline (2024 Code)", "6.3", 1, 4, "25.0",
                RefusedThenTakenOn.ID, IN_TIME, LATE);
        // Life2024 on Tue 15 April 2025 and late-extended on Tue 10 March 2026, both on time: 2 / 2
        assertTest("Stage 2 answered on time, as extended (2024 Code)", "6.14", 2, 2, "100.0");
        // the 2022 complaint's stage 2, answered a day late: 0 / 1, cited by its own Code (5.13)
        assertTest("Stage 2 answered on time, as extended (2022 Code)", "5.13", 0, 1, "0.0", CODE_2022);
        assertTest("Stage 2 answered on time against the original deadline (2022 Code)", "5.13", 0, 1, "0.0",
                CODE_2022);
        // no 2022 complaint opened a stage with an acknowledgement deadline in the year: no 2022 row
        assertThat(whats()).doesNotContain("Stage 1 acknowledged within the Code's timescale (2022 Code)",
                "Stage 3 answered on time, as extended (2024 Code)");
    }

    @Test
    void extensionsWithinTheLimitOrWithAGoodReasonAndUpdateIntervals() {
        // extended-in-time went beyond the limit with a good reason; late-extended beyond it without: 1 / 2
        assertTest("Stage 1 extensions within the Code's limit or with a good reason (2024 Code)", "6.4", 1, 2,
                "50.0", LATE);
        // nothing extended at stage 2: counted 0, no figure
        Evidence none = evidence("Stage 2 extensions within the Code's limit or with a good reason (2024 Code)");
        assertThat(none.denominator()).isZero();
        assertThat(none.figure()).isNull();
        // first extended in the year: extended-in-time (interval agreed Thu 9 October) and late-extended (none): 1 / 2
        assertTest("Complaints extended with an update interval agreed", "5.9", 1, 2, "50.0", LATE);
    }

    @Test
    void stageTwoHandledBySomeoneElseRefusalsAndEscalations() {
        // Life2024 (officer-2, manager-2) met; late-extended's stage 2 acknowledged by " Manager-1", stage 1's signatory
        assertTest("Stage 2 considered by someone other than stage 1's handler and signatory (2024 Code)", "6.13", 1,
                2, "50.0", LATE);
        assertTest("Stage 2 considered by someone other than stage 1's handler and signatory (2022 Code)", "5.12", 1,
                1, "100.0");
        assertTest("Complaints refused with an explanation and the Ombudsman's right", "2.4", 1, 1, "100.0");
        assertTest("Escalations to stage 2 refused with an explanation and the Ombudsman's right (2024 Code)", "5.11",
                1, 1, "100.0");
        // requests answered: asked-again's of Mon 17 November refused, late-extended's escalated: 1 / 2; its request
        // of Mon 1 December is unanswered and not counted
        assertTest("Requests for stage 2 escalated rather than refused (2024 Code)", "6.10", 1, 2, "50.0",
                EscalationAskedAgain.ID);
        assertTest("Requests for stage 2 escalated rather than refused (2022 Code)", "5.11", 1, 1, "100.0");
        // refused in the year: one complaint (more than 12 months), one escalation (legal proceedings): 1 / 2 each
        assertThat(evidence("Refusals on the ground more than 12 months").figure()).isEqualByComparingTo("50.0");
        assertThat(evidence("Refusals on the ground legal proceedings").numerator()).isEqualTo(1);
        assertThat(evidence("Refusals on the ground already considered").numerator()).isZero();
        assertThat(evidence("Refusals on the ground other").denominator()).isEqualTo(2);
    }

    @Test
    void remediesActionsAndReviewsFollowedThrough() {
        // due in the year: Life2024's apology (made on the day) and the withdrawn complaint's explanation (never): 1 / 2
        assertTest("Remedies completed by the date set", "7.3", 1, 2, "50.0", Withdrawn.ID);
        // Life2024's outstanding action, due Wed 30 April 2025, never completed: 0 / 1
        assertTest("Outstanding actions completed by the date set", "6.17", 0, 1, "0.0", Life2024.ID);
        // the adjustment's review of 4 August held late and of 5 November missed, the disability's on time: 1 / 3
        assertTest("Disabilities and adjustments reviewed on time", "5.10", 1, 3, "33.3", "adjustment-1",
                "adjustment-1");
        assertTest("Restrictions reviewed on time", "5.14", 1, 1, "100.0");
    }

    @Test
    void provisionsTheLedgerCannotEvidenceSaySoAndWhy() {
        Evidence updatesGiven = evidence("Residents kept informed at the intervals agreed");
        assertThat(updatesGiven.reading()).isEqualTo(Evidence.Reading.NOT_EVIDENCED);
        assertThat(updatesGiven.note()).contains("not each update");
        assertThat(updatesGiven.figure()).isNull();
    }

    @Test
    void theCsvHasOneRowPerFigureWithTheBreachingIds() {
        var csv = SelfAssessmentEvidenceReport.csv(report);
        assertThat(csv.header()).containsExactly("provision", "what", "figure", "numerator", "denominator",
                "breaches");
        assertThat(csv.rows()).hasSize(whats().size());
        assertThat(csv.rows()).contains(List.of("6.2 (2024 Code)",
                "Stage 1 acknowledged within the Code's timescale (2024 Code)", new BigDecimal("80.0"), 4L, 5L, LATE));
        assertThat(csv.text()).contains("not evidenced by the ledger: The ledger records the interval agreed");
    }

    @Test
    void everyWhatIsUniqueSoAsAtComparesEachFigureWithItself() {
        assertThat(whats()).doesNotHaveDuplicates();
    }

    private static void assertTest(String what, String provision, long met, long counted, String figure,
                                   String... breaches) {
        Evidence e = evidence(what);
        assertThat(e.provision()).as(what).isEqualTo(provision);
        assertThat(e.reading()).as(what).isEqualTo(Evidence.Reading.TEST);
        assertThat(e.numerator()).as(what).isEqualTo(met);
        assertThat(e.denominator()).as(what).isEqualTo(counted);
        assertThat(e.figure()).as(what).isEqualByComparingTo(figure);
        assertThat(e.breachCount()).as(what).isEqualTo(counted - met);
        assertThat(e.breaches()).as(what).containsExactly(breaches);
    }

    private static Evidence evidence(String what) {
        return report.groups().stream().flatMap(g -> g.evidence().stream()).filter(e -> e.what().equals(what))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + what + " in " + whats()));
    }

    private static List<String> whats() {
        return report.groups().stream().flatMap(g -> g.evidence().stream()).map(Evidence::what).toList();
    }
}
