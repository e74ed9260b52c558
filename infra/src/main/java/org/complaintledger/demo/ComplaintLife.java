package org.complaintledger.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import org.complaintledger.code.CodeVersion;
import org.complaintledger.code.ExtensionRule;
import org.complaintledger.code.Stage;
import org.complaintledger.code.StageTimescale;
import org.complaintledger.complaint.AcknowledgeStage;
import org.complaintledger.complaint.ComplaintDefinition;
import org.complaintledger.complaint.Decision;
import org.complaintledger.complaint.ExtendStage;
import org.complaintledger.complaint.IssueResponse;
import org.complaintledger.complaint.RefusalReason;
import org.complaintledger.complaint.RefuseEscalation;
import org.complaintledger.complaint.RequestEscalation;
import org.complaintledger.complaint.WithdrawComplaint;

/**
 * The life of one demo complaint after it is logged: its stages acknowledged (mostly on time), some extended (a few
 * beyond the Code's limit with a good reason, some agreed in time but entered late), answered (mostly on time) with a
 * decision and what puts things right, some withdrawn, some escalated (a few escalations refused), and some taken to
 * the Ombudsman. Each step happens after the one before it and is recorded after it, late ones saying why (5.12).
 */
final class ComplaintLife {

    static final double ACKNOWLEDGED_LATE = 0.06;
    static final double ACKNOWLEDGEMENT_ENTERED_LATE = 0.04;
    static final double WITHDRAWN = 0.03;
    static final double EXTENDED = 0.12;
    static final double EXTENDED_BEYOND_LIMIT = 0.2;
    static final double EXTENSION_ENTERED_LATE = 0.15;
    static final double RESPONSE_ENTERED_LATE = 0.02;
    static final double ESCALATION_REFUSED = 0.05;
    static final double REFERRED_TO_OMBUDSMAN = 0.12;

    private static final Weighted<Decision> STAGE_ONE_DECISIONS = new Weighted<Decision>()
            .with(Decision.UPHELD, 30).with(Decision.PARTLY_UPHELD, 25).with(Decision.NOT_UPHELD, 45);
    private static final Weighted<Decision> STAGE_TWO_DECISIONS = new Weighted<Decision>()
            .with(Decision.UPHELD, 22).with(Decision.PARTLY_UPHELD, 28).with(Decision.NOT_UPHELD, 50);

    /** How a stage ended: answered (with its decision), or the complaint was withdrawn (null). */
    record Answer(LocalDate on, Instant at, Instant recorded, Decision decision) {
    }

    private final DemoCalendar calendar;
    private final DemoPlan plan;
    private final SplittableRandom random;
    private final String complaintId;
    private final CodeVersion code;
    private final Wording.Topic topic;
    private final PuttingRight puttingRight;
    private Instant lastOccurred;
    private Instant lastRecorded;

    /**
     * @param code     the version of the Code governing the complaint, by the day it was received
     * @param opened   when stage 1 opened: the complaint received, or taken on after a refusal (2.4)
     * @param recorded when that step was recorded
     */
    ComplaintLife(DemoCalendar calendar, DemoPlan plan, SplittableRandom random, String complaintId, CodeVersion code,
                  Instant opened, Instant recorded, Wording.Topic topic) {
        this.calendar = calendar;
        this.plan = plan;
        this.random = random;
        this.complaintId = complaintId;
        this.code = code;
        this.topic = topic;
        this.puttingRight = new PuttingRight(calendar, plan, random, complaintId);
        this.lastOccurred = opened;
        this.lastRecorded = recorded;
    }

    /**
     * Stage 1 and what follows it.
     *
     * @return the first response that found fault, or null: a complaint a lesson may be drawn from (9.1)
     */
    Answer live(String stageOneHandler, String stageTwoHandler, String stageTwoSigner, double lateAtStageOne,
                double lateAtStageTwo, double escalatedShare) {
        Answer first = answer(Stage.ONE, lastOccurred, stageOneHandler, stageOneHandler, lateAtStageOne, true);
        if (first == null) {
            return null;
        }
        Answer faultFound = first.decision().findsFault() ? first : null;
        if (random.nextDouble() >= escalatedShare) {
            return faultFound;
        }
        Instant requested = calendar.during(calendar.workingDayFrom(first.on().plusDays(5 + random.nextInt(30))),
                random, lastOccurred);
        step(requested, null, null, why -> new RequestEscalation(complaintId, requested, why,
                "I am not happy with the answer and want it looked at again"));
        if (random.nextDouble() < ESCALATION_REFUSED) {
            Instant refused = calendar.during(calendar.workingDaysAfter(calendar.dayOf(requested),
                    1 + random.nextInt(3)), random, lastOccurred);
            step(refused, null, null, why -> new RefuseEscalation(complaintId, refused, why,
                    RefusalReason.ALREADY_CONSIDERED, "The issues raised were answered in full under an earlier "
                    + "complaint", true));
            return faultFound;
        }
        Answer last = answer(Stage.TWO, requested, stageTwoHandler, stageTwoSigner, lateAtStageTwo, false);
        if (random.nextDouble() < REFERRED_TO_OMBUDSMAN) {
            new OmbudsmanCase(calendar, plan, random, complaintId).refer(last, topic);
        }
        return faultFound != null ? faultFound : last.decision().findsFault() ? last : null;
    }

    /** Acknowledges, perhaps extends, and answers a stage opened at {@code opened}; null if withdrawn first. */
    private Answer answer(Stage stage, Instant opened, String handler, String signer, double lateShare,
                          boolean mayBeWithdrawn) {
        StageTimescale timescale = code.timescale(stage);
        LocalDate openedOn = calendar.dayOf(opened);
        LocalDate acknowledgementDue = calendar.time().acknowledgementDue(timescale.acknowledgement(), opened);
        LocalDate acknowledgedOn;
        if (acknowledgementDue != null && random.nextDouble() < ACKNOWLEDGED_LATE) {
            acknowledgedOn = calendar.workingDaysAfter(acknowledgementDue, 1 + random.nextInt(4));
        } else {
            int window = acknowledgementDue == null ? 3
                    : Math.max(1, calendar.workingDaysBetween(openedOn, acknowledgementDue));
            acknowledgedOn = calendar.workingDaysAfter(openedOn, 1 + random.nextInt(window));
        }
        Instant acknowledged = calendar.during(acknowledgedOn, random, lastOccurred);
        boolean enteredLate = random.nextDouble() < ACKNOWLEDGEMENT_ENTERED_LATE;
        step(acknowledged, enteredLate ? laterWorkingDay(acknowledgedOn, 3 + random.nextInt(5)) : null,
                enteredLate ? Wording.ACKNOWLEDGED_LATE_ENTRY : null,
                why -> new AcknowledgeStage(complaintId, acknowledged, why, stage,
                        new ComplaintDefinition(topic.description(), List.of(topic.outcomeSought())),
                        List.of(topic.outcomeSought()), List.of(), handler));
        LocalDate due = timescale.responseClockStartsAtRequest()
                ? calendar.time().deadline(opened, timescale.response().days())
                : calendar.time().deadline(acknowledged, timescale.response().days());
        LocalDate lastStepOn = acknowledgedOn;
        if (mayBeWithdrawn && random.nextDouble() < WITHDRAWN) {
            Instant withdrawn = calendar.during(calendar.workingDaysAfter(acknowledgedOn, 1 + random.nextInt(4)),
                    random, lastOccurred);
            step(withdrawn, null, null, why -> new WithdrawComplaint(complaintId, withdrawn, why,
                    "The resident says the problem has been put right"));
            return null;
        }
        if (random.nextDouble() < EXTENDED && calendar.workingDaysBetween(acknowledgedOn, due) > 1) {
            Extension extension = extend(stage, timescale, acknowledgedOn, due);
            lastStepOn = extension.agreedOn();
            due = extension.newDue();
        }
        int room = calendar.workingDaysBetween(lastStepOn, due);
        LocalDate respondedOn = random.nextDouble() < lateShare || room < 1
                ? calendar.workingDaysAfter(due, 1 + random.nextInt(8))
                : calendar.workingDaysAfter(lastStepOn, room - random.nextInt(Math.min(room, 5)));
        return respond(stage, respondedOn, signer);
    }

    private record Extension(LocalDate agreedOn, LocalDate newDue) {
    }

    /** Extends the stage's deadline, on a day by it. */
    private Extension extend(Stage stage, StageTimescale timescale, LocalDate acknowledgedOn, LocalDate due) {
        int room = calendar.workingDaysBetween(acknowledgedOn, due);
        LocalDate agreedOn = calendar.workingDaysAfter(acknowledgedOn, Math.max(1, room - random.nextInt(3)));
        int limit = ((ExtensionRule.WithoutGoodReason) timescale.extension().limit()).days().count();
        boolean beyondLimit = random.nextDouble() < EXTENDED_BEYOND_LIMIT;
        // 6.4, 6.15: up to the limit without reason; beyond it only with a good reason
        LocalDate newDue = calendar.workingDaysAfter(due, beyondLimit ? limit + 1 + random.nextInt(5)
                : 2 + random.nextInt(limit - 1));
        Instant agreed = calendar.during(agreedOn, random, lastOccurred);
        boolean enteredLate = random.nextDouble() < EXTENSION_ENTERED_LATE;
        // 6.4, 6.15: one recorded after the deadline in force, dated by it, says why however soon it is recorded
        step(agreed, enteredLate ? laterWorkingDay(due, 1 + random.nextInt(2)) : null, Wording.EXTENSION_LATE_ENTRY,
                at -> calendar.dayOf(at).isAfter(due),
                why -> new ExtendStage(complaintId, agreed, why, stage, newDue, Wording.EXTENSION_REASON, true, true,
                        beyondLimit ? Wording.GOOD_REASON : null, null));
        return new Extension(agreedOn, newDue);
    }

    private Answer respond(Stage stage, LocalDate respondedOn, String signer) {
        Decision decision = (stage == Stage.ONE ? STAGE_ONE_DECISIONS : STAGE_TWO_DECISIONS).pick(random);
        PuttingRight.Offer offer = puttingRight.offer(stage, decision, respondedOn, topic);
        Instant responded = calendar.during(respondedOn, random, lastOccurred);
        boolean enteredLate = random.nextDouble() < RESPONSE_ENTERED_LATE;
        Instant recorded = step(responded, enteredLate ? laterWorkingDay(respondedOn, 3 + random.nextInt(4)) : null,
                enteredLate ? Wording.RESPONSE_LATE_ENTRY : null,
                why -> new IssueResponse(complaintId, responded, why, stage, decision, reasons(decision),
                        offer.remedies(), offer.outstanding(), Wording.ESCALATION_ROUTE, signer));
        puttingRight.complete(offer, respondedOn, responded, recorded);
        return new Answer(respondedOn, responded, recorded, decision);
    }

    private static String reasons(Decision decision) {
        return switch (decision) {
            case UPHELD -> "Our records show the service fell short of our standards, as the resident said";
            case PARTLY_UPHELD -> "Some of what the resident said is borne out by our records; some is not";
            case NOT_UPHELD -> "Our records show the service met our standards and the timescales we set";
        };
    }

    private Instant laterWorkingDay(LocalDate day, int workingDays) {
        return calendar.during(calendar.workingDaysAfter(day, workingDays), random, null);
    }

    private Instant step(Instant occurred, Instant enteredAt, String lateReason, Function<String, Object> command) {
        return step(occurred, enteredAt, lateReason, at -> false, command);
    }

    /** A step of the complaint's life, after the one before it: recorded soon, or at {@code enteredAt} if late. */
    private Instant step(Instant occurred, Instant enteredAt, String lateReason, Predicate<Instant> mustSay,
                         Function<String, Object> command) {
        Instant recorded = enteredAt != null
                ? plan.add(occurred, enteredAt, lastRecorded, lateReason, mustSay, command)
                : plan.add(occurred, occurred.plusSeconds(60L * (2 + random.nextInt(40))), lastRecorded, null, mustSay,
                        command);
        lastOccurred = occurred;
        lastRecorded = recorded;
        return recorded;
    }
}
