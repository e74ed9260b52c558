package org.complaintledger.reports.performance;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.projectiontest.ComplaintEvents.acknowledged;
import static org.complaintledger.projectiontest.ComplaintEvents.action;
import static org.complaintledger.projectiontest.ComplaintEvents.actionCompleted;
import static org.complaintledger.projectiontest.ComplaintEvents.at;
import static org.complaintledger.projectiontest.ComplaintEvents.day;
import static org.complaintledger.projectiontest.ComplaintEvents.determined;
import static org.complaintledger.projectiontest.ComplaintEvents.escalationRefused;
import static org.complaintledger.projectiontest.ComplaintEvents.escalationRequested;
import static org.complaintledger.projectiontest.ComplaintEvents.extended;
import static org.complaintledger.projectiontest.ComplaintEvents.finding;
import static org.complaintledger.projectiontest.ComplaintEvents.handlingFailureFound;
import static org.complaintledger.projectiontest.ComplaintEvents.order;
import static org.complaintledger.projectiontest.ComplaintEvents.orderComplied;
import static org.complaintledger.projectiontest.ComplaintEvents.referred;
import static org.complaintledger.projectiontest.ComplaintEvents.refused;
import static org.complaintledger.projectiontest.ComplaintEvents.responded;
import static org.complaintledger.projectiontest.ComplaintEvents.withdrawn;

import java.util.ArrayList;
import java.util.List;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.code.Stage;
import org.complaintledger.complaint.Channel;
import org.complaintledger.complaint.ComplaintLogged;
import org.complaintledger.complaint.Decision;
import org.complaintledger.complaint.Ombudsman.Finding;
import org.complaintledger.complaint.Ombudsman.HandlingFailureKind;
import org.complaintledger.complaint.RefusalReason;
import org.complaintledger.complaint.RemedyType;
import org.complaintledger.complaint.StageExtended;
import org.complaintledger.complaint.StageResponseIssued;
import org.complaintledger.complaint.Tenure;
import org.complaintledger.complaint.TrackedAction;
import org.complaintledger.complaint.TrackedRemedy;
import org.complaintledger.landlord.context.GoverningBodyRespondedToAnnualReport;
import org.complaintledger.landlord.context.Homes;
import org.complaintledger.landlord.context.HomesOwnedRecorded;
import org.complaintledger.landlordcontext.LandlordContextProjection;
import org.complaintledger.learning.ImprovementDelivered;
import org.complaintledger.learning.LearningRecorded;
import org.complaintledger.outcomes.LearningRecordsProjection;
import org.complaintledger.outcomes.OutcomesAndRemediesProjection;
import org.complaintledger.readmodel.SqlTables;
import org.complaintledger.reporting.ReportReadModel;
import org.complaintledger.timescalecompliance.TimescaleComplianceProjection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small landlord's two financial years, 2024/25 and 2025/26, fed through the real report read models. Every
 * complaint is received on a Monday away from bank holidays, so an acknowledgement is due the Monday after (5
 * working days, 6.2), a stage 1 response 10 working days after the acknowledgement (two weeks to the day, 6.3) and a
 * stage 2 response 20 working days after its acknowledgement (four weeks, 6.14). The tests work the figures out
 * from the list below.
 *
 * <pre>
 * 2025/26  id   received    category               tenure  channel       what happened
 *          c01  Mon 2 Jun   repairs                LCR     PHONE         ack on time; answered on time, UPHELD, £250 paid on time
 *          c02  Mon 9 Jun   repairs                LCR     EMAIL         ack late; answered late NOT_UPHELD; escalated 7 Jul; stage 2
 *                                                                        PARTLY_UPHELD on time, apology late, an action never done;
 *                                                                        handling failure order 1 Oct complied on time
 *          c03  Mon 14 Jul  damp-and-mould         LCR     ONLINE_FORM   extended within the limit; in time as extended, late against
 *                                                                        the original; UPHELD, £500 offered and not paid
 *          c04  Mon 1 Sep   damp-and-mould         LCHO    EMAIL         refused: more than 12 months
 *          c05  Mon 8 Sep   repairs                LCR     LETTER        withdrawn
 *          c06  Mon 6 Oct   damp-and-mould         LCR     PHONE         extended twice, beyond the limit with a good reason; in time as
 *                                                                        extended; NOT_UPHELD; escalated 17 Nov, UPHELD, £100 paid on
 *                                                                        time; referred; determined 2 Mar, order complied late
 *          c07  Mon 3 Nov   anti-social-behaviour  LCHO    EMAIL         extended beyond the limit without a good reason; late; PARTLY
 *          c08  Mon 1 Dec   repairs                none    PHONE         UPHELD in time; an action completed late
 *          c09  Mon 12 Jan  repairs                LCR     SOCIAL_MEDIA  NOT_UPHELD in time; escalation refused: already considered
 *          c10  Mon 2 Feb   damp-and-mould         LCR     EMAIL         UPHELD in time, £150 paid on time
 *          c11  Mon 2 Mar   repairs                LCR     PHONE         acknowledged, not yet answered
 *          c12  Mon 9 Mar   repairs                LCR     EMAIL         refused: legal proceedings
 * 2024/25  p1   Mon 3 Jun   repairs                LCR     EMAIL         UPHELD in time, £200 paid on time
 *          p2   Mon 2 Sep   damp-and-mould         LCR     PHONE         answered late; escalated, answered in time
 *          p3   Mon 4 Nov   repairs                LCHO    EMAIL         refused: more than 12 months
 * Learning: L0 (2024/25, from p2, due 31 Jan 2025, delivered late 10 Feb); L1 (20 Aug 2025, from c02 and c03, due
 * 31 Dec, delivered on time 15 Dec); L2 (20 Jan 2026, from c06, due 31 Mar 2026, not delivered).
 * Homes: 2,300 in 2024/25, 2,400 in 2025/26. The governing body responded to 2025/26's report on 20 May 2026.
 * </pre>
 */
public final class TwoYearsOfComplaints {

    private TwoYearsOfComplaints() {
    }

    /** Feeds every event to the report read models, in the order the ledger recorded them. */
    public static void feed(JdbcTemplate jdbc) {
        List<ReportReadModel> models = List.of(new TimescaleComplianceProjection(new SqlTables(jdbc)),
                new OutcomesAndRemediesProjection(new SqlTables(jdbc)),
                new LearningRecordsProjection(new SqlTables(jdbc)), new LandlordContextProjection(new SqlTables(jdbc)));
        for (Object event : events()) {
            models.forEach(model -> model.apply(new ProjectedEvent(event, at("2026-05-20"), null, 0)));
        }
    }

    static List<Object> events() {
        List<Object> e = new ArrayList<>();
        // 2024/25
        e.addAll(answered("p1", "2024-06-03", "repairs", Tenure.LOW_COST_RENTAL, Channel.EMAIL, "2024-06-05",
                "2024-06-18", Decision.UPHELD, List.of(financial("p1-r1", 20_000, "2024-07-02"))));
        e.add(actionCompleted("p1", "2024-07-01", "p1-r1", "2024-07-02"));
        e.addAll(answered("p2", "2024-09-02", "damp-and-mould", Tenure.LOW_COST_RENTAL, Channel.PHONE, "2024-09-04",
                "2024-09-20", Decision.NOT_UPHELD, List.of()));
        e.addAll(stageTwo("p2", "2024-09-23", "2024-09-25", "2024-10-22", Decision.NOT_UPHELD, List.of(), List.of()));
        e.add(logged("p3", "2024-11-04", "repairs", Tenure.LOW_COST_HOME_OWNERSHIP, Channel.EMAIL));
        e.add(refused("p3", "2024-11-06", RefusalReason.MORE_THAN_12_MONTHS));
        e.add(learning("L0", "2024-10-01", "2025-01-31", "p2"));
        e.add(delivered("L0", "2025-02-10", "2025-01-31"));
        e.add(homes(2024, 2_000, 300));

        // 2025/26
        e.addAll(answered("c01", "2025-06-02", "repairs", Tenure.LOW_COST_RENTAL, Channel.PHONE, "2025-06-04",
                "2025-06-17", Decision.UPHELD, List.of(financial("c01-r1", 25_000, "2025-07-01"))));
        e.add(actionCompleted("c01", "2025-06-30", "c01-r1", "2025-07-01"));
        // acknowledged Tue 17 June, a day after Mon 16; answered Thu 3 July, two days after Tue 1 July
        e.addAll(answered("c02", "2025-06-09", "repairs", Tenure.LOW_COST_RENTAL, Channel.EMAIL, "2025-06-17",
                "2025-07-03", Decision.NOT_UPHELD, List.of()));
        e.add(logged("c03", "2025-07-14", "damp-and-mould", Tenure.LOW_COST_RENTAL, Channel.ONLINE_FORM));
        e.add(acknowledged("c03", "2025-07-15", ONE, "2025-07-21", "2025-07-29"));
        // 10 working days more (6.4): Wed 30 July ... Tue 12 August
        e.add(extended("c03", "2025-07-25", ONE, "2025-07-29", "2025-08-12", 10, false));
        e.addAll(stageTwo("c02", "2025-07-07", "2025-07-09", "2025-08-04", Decision.PARTLY_UPHELD,
                List.of(new TrackedRemedy("c02-r2", RemedyType.APOLOGY, "Apologise", null, day("2025-08-11"))),
                List.of(action("c02-a3", "2025-09-30"))));
        e.add(actionCompleted("c02", "2025-08-15", "c02-r2", "2025-08-11"));
        e.add(respondedAfterExtension("c03", "2025-08-11", Decision.UPHELD, "2025-07-29", "2025-08-12", true,
                List.of(financial("c03-r1", 50_000, "2025-08-22"))));
        e.add(learning("L1", "2025-08-20", "2025-12-31", "c02", "c03"));
        e.add(logged("c04", "2025-09-01", "damp-and-mould", Tenure.LOW_COST_HOME_OWNERSHIP, Channel.EMAIL));
        e.add(refused("c04", "2025-09-03", RefusalReason.MORE_THAN_12_MONTHS));
        e.add(logged("c05", "2025-09-08", "repairs", Tenure.LOW_COST_RENTAL, Channel.LETTER));
        e.add(withdrawn("c05", "2025-09-10"));
        e.add(handlingFailureFound("c02", "2025-10-01", "c02-f1", HandlingFailureKind.COMPLAINT_HANDLING_FAILURE_ORDER,
                order("c02-o1", "c02-f1", "2025-10-29")));
        e.add(orderComplied("c02", "2025-10-20", "c02-o1", "2025-10-29"));
        e.add(logged("c06", "2025-10-06", "damp-and-mould", Tenure.LOW_COST_RENTAL, Channel.PHONE));
        e.add(acknowledged("c06", "2025-10-07", ONE, "2025-10-13", "2025-10-21"));
        // 10 working days: Wed 22 Oct ... Tue 4 Nov; 5 more, 15 beyond the original, past the limit: Tue 11 Nov
        e.add(extended("c06", "2025-10-17", ONE, "2025-10-21", "2025-11-04", 10, false));
        e.add(extended("c06", "2025-10-31", ONE, "2025-11-04", "2025-11-11", 15, true));
        e.add(logged("c07", "2025-11-03", "anti-social-behaviour", Tenure.LOW_COST_HOME_OWNERSHIP, Channel.EMAIL));
        e.add(acknowledged("c07", "2025-11-05", ONE, "2025-11-10", "2025-11-19"));
        // 15 working days beyond Wed 19 Nov, past the limit and no good reason given: Wed 10 December
        e.add(new StageExtended("c07", at("2025-11-14"), null, ONE, day("2025-11-19"), day("2025-12-10"),
                "Awaiting a report", true, true, 15, true, null, false));
        e.add(respondedAfterExtension("c06", "2025-11-10", Decision.NOT_UPHELD, "2025-10-21", "2025-11-11", true,
                List.of()));
        e.addAll(stageTwo("c06", "2025-11-17", "2025-11-18", "2025-12-15", Decision.UPHELD,
                List.of(financial("c06-r1", 10_000, "2026-01-05")), List.of()));
        e.add(logged("c08", "2025-12-01", "repairs", null, Channel.PHONE));
        e.add(acknowledged("c08", "2025-12-02", ONE, "2025-12-08", "2025-12-16"));
        // an extension without a good reason counts for nothing: late in both readings
        e.add(new StageResponseIssued("c07", at("2025-12-09"), null, ONE, Decision.PARTLY_UPHELD, "Reasons",
                List.of(), List.of(), "Ombudsman", "manager-1", day("2025-11-19"), false, day("2025-11-19"), false,
                false));
        e.add(responded("c08", "2025-12-12", ONE, Decision.UPHELD, "2025-12-16", List.of(),
                List.of(action("c08-a1", "2026-01-30"))));
        e.add(delivered("L1", "2025-12-15", "2025-12-31"));
        e.add(actionCompleted("c06", "2026-01-05", "c06-r1", "2026-01-05"));
        e.addAll(answered("c09", "2026-01-12", "repairs", Tenure.LOW_COST_RENTAL, Channel.SOCIAL_MEDIA, "2026-01-13",
                "2026-01-26", Decision.NOT_UPHELD, List.of()));
        e.add(referred("c06", "2026-01-19"));
        e.add(learning("L2", "2026-01-20", "2026-03-31", "c06"));
        e.add(escalationRequested("c09", "2026-02-02", TWO, "2026-02-09", null));
        e.add(escalationRefused("c09", "2026-02-04", TWO, RefusalReason.ALREADY_CONSIDERED));
        e.addAll(answered("c10", "2026-02-02", "damp-and-mould", Tenure.LOW_COST_RENTAL, Channel.EMAIL, "2026-02-03",
                "2026-02-16", Decision.UPHELD, List.of(financial("c10-r1", 15_000, "2026-03-02"))));
        e.add(actionCompleted("c08", "2026-02-03", "c08-a1", "2026-01-30"));
        e.add(actionCompleted("c10", "2026-02-27", "c10-r1", "2026-03-02"));
        e.add(determined("c06", "2026-03-02", List.of(finding("c06-f1", Finding.MALADMINISTRATION),
                finding("c06-f2", Finding.SERVICE_FAILURE)), order("c06-o1", "c06-f1", "2026-03-16")));
        e.add(logged("c11", "2026-03-02", "repairs", Tenure.LOW_COST_RENTAL, Channel.PHONE));
        e.add(acknowledged("c11", "2026-03-03", ONE, "2026-03-09", "2026-03-17"));
        e.add(logged("c12", "2026-03-09", "repairs", Tenure.LOW_COST_RENTAL, Channel.EMAIL));
        e.add(refused("c12", "2026-03-11", RefusalReason.LEGAL_PROCEEDINGS));
        e.add(orderComplied("c06", "2026-03-20", "c06-o1", "2026-03-16"));
        e.add(homes(2025, 2_000, 400));
        e.add(new GoverningBodyRespondedToAnnualReport("landlord", at("2026-05-20"), null, 2025,
                "We accept the report and ask for a quarterly review of damp and mould complaints.",
                day("2026-05-20"), "company-secretary"));
        return e;
    }

    /**
     * Logged on a Monday and acknowledged on {@code acknowledgedOn}, the acknowledgement due the Monday after and the
     * response two weeks after the acknowledgement; answered on {@code respondedOn} with {@code remedies}.
     */
    private static List<Object> answered(String id, String received, String category, Tenure tenure, Channel channel,
                                         String acknowledgedOn, String respondedOn, Decision decision,
                                         List<TrackedRemedy> remedies) {
        String acknowledgementDue = day(received).plusDays(7).toString();
        String responseDue = day(acknowledgedOn).plusDays(14).toString();
        return List.of(logged(id, received, category, tenure, channel),
                acknowledged(id, acknowledgedOn, ONE, acknowledgementDue, responseDue),
                responded(id, respondedOn, ONE, decision, responseDue, remedies, List.of()));
    }

    /**
     * Escalated on a Monday, acknowledged within the 5 working days and answered by the deadline 20 working days
     * (four weeks) after the acknowledgement (6.11, 6.14).
     */
    private static List<Object> stageTwo(String id, String requested, String acknowledgedOn, String respondedOn,
                                         Decision decision, List<TrackedRemedy> remedies,
                                         List<TrackedAction> actions) {
        String responseDue = day(acknowledgedOn).plusDays(28).toString();
        return List.of(escalationRequested(id, requested, TWO, day(requested).plusDays(7).toString(), null),
                acknowledged(id, acknowledgedOn, TWO, day(requested).plusDays(7).toString(), responseDue),
                responded(id, respondedOn, TWO, decision, responseDue, remedies, actions));
    }

    private static ComplaintLogged logged(String id, String received, String category, Tenure tenure,
                                          Channel channel) {
        ComplaintLogged e = org.complaintledger.projectiontest.ComplaintEvents.logged(id, received, "2024",
                day(received).plusDays(7).toString(), new org.complaintledger.projectiontest.ComplaintEvents.Facts(
                        category, "v1", tenure, null, false, Stage.TWO));
        return new ComplaintLogged(e.complaintId(), e.occurredAt(), null, e.dataSubjectId(), e.codeVersion(), channel,
                e.complainant(), e.category(), e.categoryTaxonomy(), e.tenure(), e.description(), e.outcomesSought(),
                e.issueArose(), e.residentBecameAware(), e.beyondRefusalWindow(), e.windowDiscretion(),
                e.relatedComplaintId(), e.acknowledgementDue(), e.serviceRequestReference(), e.finalStage());
    }

    /** A stage 1 response after extensions: in time as extended, late against the original deadline. */
    private static StageResponseIssued respondedAfterExtension(String id, String on, Decision decision,
                                                               String originalDue, String extendedDue,
                                                               boolean withinLimitOrWithGoodReason,
                                                               List<TrackedRemedy> remedies) {
        return new StageResponseIssued(id, at(on), null, ONE, decision, "Reasons", remedies, List.of(), "Ombudsman",
                "manager-1", day(extendedDue), !day(on).isAfter(day(extendedDue)), day(originalDue),
                !day(on).isAfter(day(originalDue)), withinLimitOrWithGoodReason);
    }

    private static TrackedRemedy financial(String actionId, long pence, String dueBy) {
        return new TrackedRemedy(actionId, RemedyType.FINANCIAL, "Compensation", pence, day(dueBy));
    }

    private static LearningRecorded learning(String id, String on, String due, String... complaintIds) {
        return new LearningRecorded(id, at(on), null, List.of(complaintIds), "A lesson", "An improvement",
                "repairs-team", day(due), "quality-lead");
    }

    private static ImprovementDelivered delivered(String id, String on, String due) {
        return new ImprovementDelivered(id, at(on), null, "Delivered", "repairs-team", day(due),
                !day(on).isAfter(day(due)), "quality-lead");
    }

    private static HomesOwnedRecorded homes(int year, int rental, int ownership) {
        return new HomesOwnedRecorded("landlord", at(year + "-04-01"), null, year, new Homes(rental, ownership), null,
                null, "finance-lead");
    }
}
