package org.complaintledger.projectiontest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.complaintledger.code.Stage;
import org.complaintledger.complaint.ActionCompleted;
import org.complaintledger.complaint.Channel;
import org.complaintledger.complaint.Complainant;
import org.complaintledger.complaint.ComplaintDefinition;
import org.complaintledger.complaint.ComplaintHandlingFailureFound;
import org.complaintledger.complaint.ComplaintLogged;
import org.complaintledger.complaint.ComplaintRefused;
import org.complaintledger.complaint.ComplaintTakenOn;
import org.complaintledger.complaint.ComplaintWithdrawn;
import org.complaintledger.complaint.Decision;
import org.complaintledger.complaint.EscalationRefused;
import org.complaintledger.complaint.EscalationRequested;
import org.complaintledger.complaint.Ombudsman;
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
import org.complaintledger.complaint.TrackedAction;
import org.complaintledger.complaint.TrackedRemedy;
import org.complaintledger.complaint.UpdateIntervalAgreed;

/**
 * Complaint events as the aggregate records them, built with only what the projections read given, the rest filled in
 * plausibly. Every step happens at 10:00 UTC on its day, the same London day in winter and summer.
 */
public final class ComplaintEvents {

    private ComplaintEvents() {
    }

    public static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    public static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    /** What {@link #logged} records of a complaint beyond its id, date and Code. */
    public record Facts(String category, String categoryTaxonomy, Tenure tenure, String serviceRequestReference,
                        boolean beyondRefusalWindow, Stage finalStage) {
    }

    public static ComplaintLogged logged(String id, String received, String codeVersion, String acknowledgementDue,
                                         Facts facts) {
        return new ComplaintLogged(id, at(received), null, "resident-of-" + id, codeVersion, Channel.EMAIL,
                new Complainant("resident-of-" + id, "A Resident", null, null), facts.category(),
                facts.categoryTaxonomy(), facts.tenure(), "Damp in the back bedroom", List.of("Treat the damp"),
                day(received).minusMonths(2), null, facts.beyondRefusalWindow(), null, null, day(acknowledgementDue),
                facts.serviceRequestReference(), facts.finalStage());
    }

    /** {@code acknowledgementDue} null where the Code sets none (2022 stages 2 and 3), and then onTime is null too. */
    public static StageAcknowledged acknowledged(String id, String on, Stage stage, String acknowledgementDue,
                                                 String responseDue) {
        Boolean onTime = acknowledgementDue == null ? null : !day(on).isAfter(day(acknowledgementDue));
        return new StageAcknowledged(id, at(on), null, stage,
                new ComplaintDefinition("Damp not treated", List.of("Treat the damp")), List.of("the damp"), List.of(),
                "officer-" + stage.number(), acknowledgementDue == null ? null : day(acknowledgementDue), onTime,
                day(responseDue));
    }

    public static StageExtended extended(String id, String on, Stage stage, String previousDue, String newDue,
                                         int workingDaysBeyondOriginal, boolean beyondCodeLimit) {
        return new StageExtended(id, at(on), null, stage, day(previousDue), day(newDue), "Contractor's report awaited",
                true, true, workingDaysBeyondOriginal, beyondCodeLimit,
                beyondCodeLimit ? "Specialist survey booked" : null, false);
    }

    public static StageResponseIssued responded(String id, String on, Stage stage, Decision decision,
                                                String responseDue, List<TrackedRemedy> remedies,
                                                List<TrackedAction> actions) {
        boolean onTime = !day(on).isAfter(day(responseDue));
        return new StageResponseIssued(id, at(on), null, stage, decision, "Our reasons", remedies, actions,
                "You may refer your complaint to the Housing Ombudsman", "manager-" + stage.number(), day(responseDue),
                onTime, day(responseDue), onTime, true);
    }

    public static TrackedRemedy remedy(String actionId, RemedyType type, String dueBy) {
        Long amountPence = type == RemedyType.FINANCIAL ? 25_000L : null;
        return new TrackedRemedy(actionId, type, "Put right", amountPence, day(dueBy));
    }

    public static TrackedAction action(String actionId, String dueBy) {
        return new TrackedAction(actionId, "Replace the extractor fan", day(dueBy));
    }

    /** {@code acknowledgementDue} null where the Code sets none, {@code responseDue} where the clock starts later. */
    public static EscalationRequested escalationRequested(String id, String on, Stage toStage,
                                                          String acknowledgementDue, String responseDue) {
        return new EscalationRequested(id, at(on), null, toStage, "Not happy with the answer",
                acknowledgementDue == null ? null : day(acknowledgementDue),
                responseDue == null ? null : day(responseDue));
    }

    public static EscalationRefused escalationRefused(String id, String on, Stage toStage, RefusalReason reason) {
        return new EscalationRefused(id, at(on), null, toStage, reason, "Already considered at this stage", true);
    }

    public static ComplaintRefused refused(String id, String on, RefusalReason reason) {
        return new ComplaintRefused(id, at(on), null, reason, "Outside the 12-month window", true);
    }

    public static ComplaintTakenOn takenOn(String id, String on, TakeOnInstruction instructedBy, Stage stage,
                                           String acknowledgementDue, String responseDue) {
        return new ComplaintTakenOn(id, at(on), null, instructedBy, "INSTR-1", "The exclusion was not fairly applied",
                stage, acknowledgementDue == null ? null : day(acknowledgementDue),
                responseDue == null ? null : day(responseDue));
    }

    public static ComplaintWithdrawn withdrawn(String id, String on) {
        return new ComplaintWithdrawn(id, at(on), null, "Sorted out with the contractor");
    }

    public static UpdateIntervalAgreed updateIntervalAgreed(String id, String on) {
        return new UpdateIntervalAgreed(id, at(on), null, 5, "A call every Friday");
    }

    public static RemedyOffered remedyOffered(String id, String on, TrackedRemedy remedy) {
        return new RemedyOffered(id, at(on), null, remedy);
    }

    public static ActionCompleted actionCompleted(String id, String on, String actionId, String dueBy) {
        return new ActionCompleted(id, at(on), null, actionId, "Done", day(dueBy), !day(on).isAfter(day(dueBy)));
    }

    public static ReferredToOmbudsman referred(String id, String on) {
        return new ReferredToOmbudsman(id, at(on), null, "HOS-2025-0123");
    }

    public static ComplaintHandlingFailureFound handlingFailureFound(String id, String on, String findingId,
                                                                     Ombudsman.HandlingFailureKind kind,
                                                                     Ombudsman.TrackedOrder... orders) {
        return new ComplaintHandlingFailureFound(id, at(on), null, findingId, "HOS-2025-0123", kind, List.of("6.2"),
                "Acknowledged late", List.of(orders));
    }

    public static OmbudsmanDetermined determined(String id, String on, List<Ombudsman.DeterminedFinding> findings,
                                                 Ombudsman.TrackedOrder... orders) {
        return new OmbudsmanDetermined(id, at(on), null, findings, List.of(orders));
    }

    public static Ombudsman.DeterminedFinding finding(String findingId, Ombudsman.Finding finding) {
        return new Ombudsman.DeterminedFinding(findingId, "The repair", finding);
    }

    public static Ombudsman.TrackedOrder order(String orderId, String findingId, String dueBy) {
        return new Ombudsman.TrackedOrder(orderId, findingId, "Apologise and pay", day(dueBy));
    }

    public static OmbudsmanOrderComplied orderComplied(String id, String on, String orderId, String dueBy) {
        return new OmbudsmanOrderComplied(id, at(on), null, orderId, "Letter sent", day(dueBy),
                !day(on).isAfter(day(dueBy)));
    }
}
