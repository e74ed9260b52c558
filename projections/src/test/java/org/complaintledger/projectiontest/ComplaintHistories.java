package org.complaintledger.projectiontest;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.THREE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.projectiontest.ComplaintEvents.acknowledged;
import static org.complaintledger.projectiontest.ComplaintEvents.action;
import static org.complaintledger.projectiontest.ComplaintEvents.actionCompleted;
import static org.complaintledger.projectiontest.ComplaintEvents.determined;
import static org.complaintledger.projectiontest.ComplaintEvents.escalationRefused;
import static org.complaintledger.projectiontest.ComplaintEvents.escalationRequested;
import static org.complaintledger.projectiontest.ComplaintEvents.extended;
import static org.complaintledger.projectiontest.ComplaintEvents.finding;
import static org.complaintledger.projectiontest.ComplaintEvents.handlingFailureFound;
import static org.complaintledger.projectiontest.ComplaintEvents.logged;
import static org.complaintledger.projectiontest.ComplaintEvents.order;
import static org.complaintledger.projectiontest.ComplaintEvents.orderComplied;
import static org.complaintledger.projectiontest.ComplaintEvents.referred;
import static org.complaintledger.projectiontest.ComplaintEvents.refused;
import static org.complaintledger.projectiontest.ComplaintEvents.remedy;
import static org.complaintledger.projectiontest.ComplaintEvents.remedyOffered;
import static org.complaintledger.projectiontest.ComplaintEvents.responded;
import static org.complaintledger.projectiontest.ComplaintEvents.takenOn;
import static org.complaintledger.projectiontest.ComplaintEvents.updateIntervalAgreed;
import static org.complaintledger.projectiontest.ComplaintEvents.withdrawn;

import java.util.List;
import java.util.stream.Stream;
import org.complaintledger.complaint.ActionCompleted;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.complaint.ComplaintHandlingFailureFound;
import org.complaintledger.complaint.ComplaintLogged;
import org.complaintledger.complaint.ComplaintRefused;
import org.complaintledger.complaint.ComplaintTakenOn;
import org.complaintledger.complaint.ComplaintWithdrawn;
import org.complaintledger.complaint.Decision;
import org.complaintledger.complaint.EscalationRefused;
import org.complaintledger.complaint.EscalationRequested;
import org.complaintledger.complaint.Ombudsman.Finding;
import org.complaintledger.complaint.Ombudsman.HandlingFailureKind;
import org.complaintledger.complaint.OmbudsmanDetermined;
import org.complaintledger.complaint.OmbudsmanOrderComplied;
import org.complaintledger.complaint.ReferredToOmbudsman;
import org.complaintledger.complaint.RefusalReason;
import org.complaintledger.complaint.RemedyOffered;
import org.complaintledger.complaint.RemedyType;
import org.complaintledger.complaint.StageAcknowledged;
import org.complaintledger.complaint.StageExtended;
import org.complaintledger.complaint.StageResponseIssued;
import org.complaintledger.complaint.TakeOnInstruction;
import org.complaintledger.complaint.Tenure;
import org.complaintledger.complaint.UpdateIntervalAgreed;
import org.complaintledger.projectiontest.ComplaintEvents.Facts;

/**
 * Whole complaint histories, in the order the ledger records them, with their deadlines worked out by hand (England and
 * Wales bank holidays). The projections' tests feed the same histories and each checks its own rows.
 */
public final class ComplaintHistories {

    private ComplaintHistories() {
    }

    /** Every history, for the replay tests. */
    public static List<ComplaintEvent> all() {
        return Stream.of(Life2024.ALL, ThreeStages2022.ALL, RefusedThenTakenOn.ALL, StageThreeRefusedThenTakenOn.ALL,
                EscalationAskedAgain.ALL, Withdrawn.ALL).flatMap(List::stream).toList();
    }

    /**
     * A 2024 Code complaint's whole life, received Monday 3 February 2025: both stages, two extensions at stage 1 (the
     * second beyond the Code's limit), remedies and actions, then the Ombudsman's handling failure findings and
     * determination.
     */
    public static final class Life2024 {
        public static final String ID = "complaint-2024";
        public static final Facts FACTS =
                new Facts("damp-and-mould", "v1", Tenure.LOW_COST_RENTAL, "SR-1001", false, TWO);

        /** Acknowledgement due in 5 working days (6.2): Tue 4 ... Mon 10 February. */
        public static final ComplaintLogged LOGGED = logged(ID, "2025-02-03", "2024", "2025-02-10", FACTS);
        /** Acknowledged Wed 5 Feb; response due 10 working days later (6.3): Wed 19 February. */
        public static final StageAcknowledged STAGE_ONE_ACKNOWLEDGED =
                acknowledged(ID, "2025-02-05", ONE, "2025-02-10", "2025-02-19");
        public static final UpdateIntervalAgreed UPDATES_AGREED = updateIntervalAgreed(ID, "2025-02-07");
        /** 10 working days more (6.4): Thu 20 Feb ... Wed 5 March. */
        public static final StageExtended STAGE_ONE_EXTENDED =
                extended(ID, "2025-02-17", ONE, "2025-02-19", "2025-03-05", 10, false);
        /** 5 working days more again, 15 beyond the original: past the Code's 10 (6.4), with a good reason. */
        public static final StageExtended STAGE_ONE_EXTENDED_BEYOND_LIMIT =
                extended(ID, "2025-03-03", ONE, "2025-03-05", "2025-03-12", 15, true);
        public static final StageResponseIssued STAGE_ONE_RESPONDED = responded(ID, "2025-03-11", ONE,
                Decision.PARTLY_UPHELD, "2025-03-12", List.of(remedy("action-1", RemedyType.FINANCIAL, "2025-03-25")),
                List.of(action("action-2", "2025-04-30")));
        /** Mon 17 March; stage 2 acknowledgement due in 5 working days (6.11): Mon 24 March; response clock not yet. */
        public static final EscalationRequested ESCALATED =
                escalationRequested(ID, "2025-03-17", TWO, "2025-03-24", null);
        /** Wed 19 March; response due 20 working days later (6.14): Wed 16 April, before Good Friday. */
        public static final StageAcknowledged STAGE_TWO_ACKNOWLEDGED =
                acknowledged(ID, "2025-03-19", TWO, "2025-03-24", "2025-04-16");
        public static final ActionCompleted REMEDY_COMPLETED =
                actionCompleted(ID, "2025-03-20", "action-1", "2025-03-25");
        /** A final response, with an apology due Tue 22 April (after Easter Monday). */
        public static final StageResponseIssued STAGE_TWO_RESPONDED = responded(ID, "2025-04-15", TWO, Decision.UPHELD,
                "2025-04-16", List.of(remedy("action-3", RemedyType.APOLOGY, "2025-04-22")), List.of());
        public static final ReferredToOmbudsman REFERRED = referred(ID, "2025-05-12");
        public static final ComplaintHandlingFailureFound NON_COMPLIANCE_FOUND = handlingFailureFound(ID, "2025-06-02",
                "finding-1", HandlingFailureKind.CODE_NON_COMPLIANCE_FINDING,
                order("order-1", "finding-1", "2025-06-30"));
        public static final OmbudsmanOrderComplied FIRST_ORDER_COMPLIED =
                orderComplied(ID, "2025-06-20", "order-1", "2025-06-30");
        public static final ComplaintHandlingFailureFound HANDLING_FAILURE_ORDERED = handlingFailureFound(ID,
                "2025-07-01", "finding-2", HandlingFailureKind.COMPLAINT_HANDLING_FAILURE_ORDER,
                order("order-2", "finding-2", "2025-07-29"));
        public static final OmbudsmanDetermined DETERMINED = determined(ID, "2025-09-01",
                List.of(finding("finding-3", Finding.MALADMINISTRATION), finding("finding-4", Finding.SERVICE_FAILURE),
                        finding("finding-5", Finding.MALADMINISTRATION)),
                order("order-3", "finding-3", "2025-10-01"));
        /** A second handling failure order after the determination, with no order of its own. */
        public static final ComplaintHandlingFailureFound HANDLING_FAILURE_ORDERED_AGAIN = handlingFailureFound(ID,
                "2025-09-15", "finding-6", HandlingFailureKind.COMPLAINT_HANDLING_FAILURE_ORDER);

        public static final List<ComplaintEvent> ALL = List.of(LOGGED, STAGE_ONE_ACKNOWLEDGED, UPDATES_AGREED,
                STAGE_ONE_EXTENDED, STAGE_ONE_EXTENDED_BEYOND_LIMIT, STAGE_ONE_RESPONDED, ESCALATED,
                STAGE_TWO_ACKNOWLEDGED, REMEDY_COMPLETED, STAGE_TWO_RESPONDED, REFERRED, NON_COMPLIANCE_FOUND,
                FIRST_ORDER_COMPLIED, HANDLING_FAILURE_ORDERED, DETERMINED, HANDLING_FAILURE_ORDERED_AGAIN);

        private Life2024() {
        }
    }

    /**
     * A 2022 Code complaint under a procedure with a third stage (5.17), received Monday 4 July 2022, taken through all
     * three. Stages 2 and 3 have no acknowledgement deadline (5.10, 5.18) and their response clocks run from the
     * resident's request (5.13, 5.18).
     */
    public static final class ThreeStages2022 {
        public static final String ID = "complaint-2022";
        public static final Facts FACTS = new Facts("Repairs", null, null, null, false, THREE);

        /** Acknowledgement within five calendar days of receipt (4.1): Saturday 9 July. */
        public static final ComplaintLogged LOGGED = logged(ID, "2022-07-04", "2022", "2022-07-09", FACTS);
        /** Wed 6 July; response 10 working days later (5.1): Wed 20 July. */
        public static final StageAcknowledged STAGE_ONE_ACKNOWLEDGED =
                acknowledged(ID, "2022-07-06", ONE, "2022-07-09", "2022-07-20");
        public static final StageResponseIssued STAGE_ONE_RESPONDED =
                responded(ID, "2022-07-19", ONE, Decision.NOT_UPHELD, "2022-07-20", List.of(), List.of());
        /** Mon 25 July; 20 working days from the request (5.13): Mon 22 August, before the bank holiday of the 29th. */
        public static final EscalationRequested STAGE_TWO_REQUESTED =
                escalationRequested(ID, "2022-07-25", TWO, null, "2022-08-22");
        public static final StageAcknowledged STAGE_TWO_ACKNOWLEDGED =
                acknowledged(ID, "2022-07-27", TWO, null, "2022-08-22");
        public static final StageResponseIssued STAGE_TWO_RESPONDED =
                responded(ID, "2022-08-18", TWO, Decision.NOT_UPHELD, "2022-08-22", List.of(), List.of());
        /**
         * Mon 22 August; 20 working days from the request (5.18), skipping Mon 29 August and Mon 19 September (the
         * state funeral): Wed 21 September.
         */
        public static final EscalationRequested STAGE_THREE_REQUESTED =
                escalationRequested(ID, "2022-08-22", THREE, null, "2022-09-21");
        public static final StageAcknowledged STAGE_THREE_ACKNOWLEDGED =
                acknowledged(ID, "2022-08-24", THREE, null, "2022-09-21");
        /** 10 working days more, Thu 22 Sep ... Wed 5 October; not to convene a panel, so beyond what 5.18 allows. */
        public static final StageExtended STAGE_THREE_EXTENDED =
                extended(ID, "2022-09-14", THREE, "2022-09-21", "2022-10-05", 10, true);
        public static final StageResponseIssued STAGE_THREE_RESPONDED = responded(ID, "2022-10-04", THREE,
                Decision.UPHELD, "2022-10-05", List.of(remedy("action-1", RemedyType.APOLOGY, "2022-10-11")),
                List.of());

        public static final List<ComplaintEvent> ALL = List.of(LOGGED, STAGE_ONE_ACKNOWLEDGED, STAGE_ONE_RESPONDED,
                STAGE_TWO_REQUESTED, STAGE_TWO_ACKNOWLEDGED, STAGE_TWO_RESPONDED, STAGE_THREE_REQUESTED,
                STAGE_THREE_ACKNOWLEDGED, STAGE_THREE_EXTENDED, STAGE_THREE_RESPONDED);

        private ThreeStages2022() {
        }
    }

    /**
     * A 2024 Code complaint refused as outside the 12-month window (2.3), then taken on at the Ombudsman's word (2.4).
     */
    public static final class RefusedThenTakenOn {
        public static final String ID = "complaint-refused";
        public static final Facts FACTS =
                new Facts("damp-and-mould", "v1", Tenure.LOW_COST_HOME_OWNERSHIP, null, true, TWO);

        /** Mon 2 June 2025; acknowledgement due Mon 9 June (6.2). */
        public static final ComplaintLogged LOGGED = logged(ID, "2025-06-02", "2024", "2025-06-09", FACTS);
        public static final ComplaintRefused REFUSED = refused(ID, "2025-06-04", RefusalReason.MORE_THAN_12_MONTHS);
        /** Instructed Mon 7 July: the acknowledgement is owed afresh, 5 working days on: Mon 14 July. */
        public static final ComplaintTakenOn TAKEN_ON =
                takenOn(ID, "2025-07-07", TakeOnInstruction.HOUSING_OMBUDSMAN, ONE, "2025-07-14", null);
        /** Wed 9 July; response 10 working days later: Wed 23 July. */
        public static final StageAcknowledged ACKNOWLEDGED =
                acknowledged(ID, "2025-07-09", ONE, "2025-07-14", "2025-07-23");

        public static final List<ComplaintEvent> ALL = List.of(LOGGED, REFUSED, TAKEN_ON, ACKNOWLEDGED);

        private RefusedThenTakenOn() {
        }
    }

    /**
     * A 2022 Code complaint with a third stage whose escalation to it was refused (2022 4.14) and then taken on after
     * the landlord's own review (the take-on of 2.4, 5.11): stage 3 is re-entered with its response clock restarted at
     * the instruction (2022 5.18).
     */
    public static final class StageThreeRefusedThenTakenOn {
        public static final String ID = "complaint-2022-stage-3-refused";
        public static final Facts FACTS = new Facts("Repairs", null, Tenure.LOW_COST_RENTAL, null, false, THREE);

        /** Mon 9 January 2023; acknowledgement within five calendar days (4.1): Sat 14 January. */
        public static final ComplaintLogged LOGGED = logged(ID, "2023-01-09", "2022", "2023-01-14", FACTS);
        /** Tue 10 Jan; response 10 working days later: Tue 24 January. */
        public static final StageAcknowledged STAGE_ONE_ACKNOWLEDGED =
                acknowledged(ID, "2023-01-10", ONE, "2023-01-14", "2023-01-24");
        public static final StageResponseIssued STAGE_ONE_RESPONDED =
                responded(ID, "2023-01-23", ONE, Decision.NOT_UPHELD, "2023-01-24", List.of(), List.of());
        /** Mon 30 Jan; 20 working days from the request (5.13): Mon 27 February. */
        public static final EscalationRequested STAGE_TWO_REQUESTED =
                escalationRequested(ID, "2023-01-30", TWO, null, "2023-02-27");
        /** Answered without an acknowledgement, which the 2022 Code allows at stage 2. */
        public static final StageResponseIssued STAGE_TWO_RESPONDED =
                responded(ID, "2023-02-20", TWO, Decision.NOT_UPHELD, "2023-02-27", List.of(), List.of());
        /** Mon 27 Feb; 20 working days from the request (5.18): Mon 27 March. */
        public static final EscalationRequested STAGE_THREE_REQUESTED =
                escalationRequested(ID, "2023-02-27", THREE, null, "2023-03-27");
        public static final EscalationRefused STAGE_THREE_REFUSED =
                escalationRefused(ID, "2023-03-01", THREE, RefusalReason.ALREADY_CONSIDERED);
        /**
         * Instructed Mon 3 April 2023; 20 working days from it, skipping Good Friday 7 April, Easter Monday 10 April
         * and Mon 1 May: Thu 4 May. No acknowledgement deadline at stage 3 (5.18).
         */
        public static final ComplaintTakenOn TAKEN_ON =
                takenOn(ID, "2023-04-03", TakeOnInstruction.LANDLORD_REVIEW, THREE, null, "2023-05-04");

        public static final List<ComplaintEvent> ALL = List.of(LOGGED, STAGE_ONE_ACKNOWLEDGED, STAGE_ONE_RESPONDED,
                STAGE_TWO_REQUESTED, STAGE_TWO_RESPONDED, STAGE_THREE_REQUESTED, STAGE_THREE_REFUSED, TAKEN_ON);

        private StageThreeRefusedThenTakenOn() {
        }
    }

    /** A 2024 Code complaint whose escalation was refused (5.11) and which the resident asked to escalate again. */
    public static final class EscalationAskedAgain {
        public static final String ID = "complaint-asked-again";
        public static final Facts FACTS = new Facts("repairs-heating", "v1", Tenure.LOW_COST_RENTAL, null, false, TWO);

        /** Mon 3 November 2025; acknowledgement due Mon 10 November. */
        public static final ComplaintLogged LOGGED = logged(ID, "2025-11-03", "2024", "2025-11-10", FACTS);
        /** Tue 4 Nov; response 10 working days later: Tue 18 November. */
        public static final StageAcknowledged ACKNOWLEDGED =
                acknowledged(ID, "2025-11-04", ONE, "2025-11-10", "2025-11-18");
        public static final StageResponseIssued RESPONDED =
                responded(ID, "2025-11-14", ONE, Decision.NOT_UPHELD, "2025-11-18", List.of(), List.of());
        /** Mon 17 Nov; stage 2 acknowledgement due Mon 24 November (6.11). */
        public static final EscalationRequested ESCALATED =
                escalationRequested(ID, "2025-11-17", TWO, "2025-11-24", null);
        public static final EscalationRefused ESCALATION_REFUSED =
                escalationRefused(ID, "2025-11-19", TWO, RefusalReason.LEGAL_PROCEEDINGS);
        /** The proceedings ended; asked again Mon 1 December, acknowledgement due Mon 8 December. */
        public static final EscalationRequested ESCALATED_AGAIN =
                escalationRequested(ID, "2025-12-01", TWO, "2025-12-08", null);

        public static final List<ComplaintEvent> ALL =
                List.of(LOGGED, ACKNOWLEDGED, RESPONDED, ESCALATED, ESCALATION_REFUSED, ESCALATED_AGAIN);

        private EscalationAskedAgain() {
        }
    }

    /** A 2024 Code complaint withdrawn at stage 1 with a remedy offered and nothing yet answered. */
    public static final class Withdrawn {
        public static final String ID = "complaint-withdrawn";
        public static final Facts FACTS =
                new Facts("anti-social-behaviour", "v1", Tenure.LOW_COST_RENTAL, null, false, TWO);

        /** Mon 1 September 2025; acknowledgement due Mon 8 September. */
        public static final ComplaintLogged LOGGED = logged(ID, "2025-09-01", "2024", "2025-09-08", FACTS);
        /** Wed 3 Sep; response 10 working days later: Wed 17 September. */
        public static final StageAcknowledged ACKNOWLEDGED =
                acknowledged(ID, "2025-09-03", ONE, "2025-09-08", "2025-09-17");
        public static final RemedyOffered REMEDY_OFFERED =
                remedyOffered(ID, "2025-09-10", remedy("action-1", RemedyType.EXPLANATION, "2025-09-24"));
        public static final ComplaintWithdrawn WITHDRAWN = withdrawn(ID, "2025-09-12");

        public static final List<ComplaintEvent> ALL = List.of(LOGGED, ACKNOWLEDGED, REMEDY_OFFERED, WITHDRAWN);

        private Withdrawn() {
        }
    }
}
