package org.complaintledger.record.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintledger.complaint.ActionCompleted;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.complaint.ComplaintHandlingFailureFound;
import org.complaintledger.complaint.CorrespondenceRecorded;
import org.complaintledger.complaint.DocumentAttached;
import org.complaintledger.complaint.DocumentRef;
import org.complaintledger.complaint.Ombudsman.TrackedOrder;
import org.complaintledger.complaint.OmbudsmanDetermined;
import org.complaintledger.complaint.OmbudsmanOrderComplied;
import org.complaintledger.complaint.RemedyOffered;
import org.complaintledger.complaint.StageResponseIssued;
import org.complaintledger.complaint.TrackedRemedy;
import org.complaintledger.record.page.Words.Moment;

/**
 * What the complaint came to, gathered while the page reads the events once, in the order they were recorded: the
 * decision of each stage (6.9, 6.19), every remedy and action to its completion (6.17, 7.3), the Ombudsman's findings
 * and orders to compliance, and every document with its digest (5.12).
 */
final class CaseRecordOutcomes {

    /** A stage's decision, with both readings of "on time" the response recorded. */
    public record DecisionLine(String stage, String decision, Moment issued, String responseDue, String onTime,
                               String originalResponseDue, String onTimeAgainstOriginal) {
    }

    /** A remedy or outstanding action, and its completion if it is on the record. */
    public record ActionLine(String actionId, String kind, String description, String amount, String dueBy,
                             Moment completed, String onTime, String note) {
    }

    /** One of the Ombudsman's findings: of a determination, or about the landlord's complaint handling. */
    public record FindingLine(String findingId, String finding, String about) {
    }

    /** An order of the Ombudsman and the landlord's compliance with it, if on the record. */
    public record OrderLine(String orderId, String findingId, String description, String dueBy, Moment complied,
                            String onTime, String evidence) {
    }

    /** A document named on the record, with the step that named it. */
    public record DocumentLine(long sequenceNumber, String step, String name, String mediaType, String sha256) {
    }

    private final List<DecisionLine> decisions = new ArrayList<>();
    private final Map<String, ActionLine> actions = new LinkedHashMap<>();
    private final List<FindingLine> findings = new ArrayList<>();
    private final Map<String, OrderLine> orders = new LinkedHashMap<>();
    private final List<DocumentLine> documents = new ArrayList<>();

    /** Takes in one event, recorded after every event taken in before it; {@code step} is its title on the page. */
    void take(ComplaintEvent event, long sequenceNumber, String step) {
        switch (event) {
            case StageResponseIssued r -> {
                decisions.add(new DecisionLine(Words.stage(r.stage()), Words.of(r.decision()),
                        Moment.of(r.occurredAt()), Words.day(r.responseDue()), Words.yesNo(r.onTime()),
                        Words.day(r.originalResponseDue()), Words.yesNo(r.onTimeAgainstOriginal())));
                listOrEmpty(r.remediesOffered()).forEach(this::offered);
                listOrEmpty(r.outstandingActions()).forEach(a -> actions.put(a.actionId(),
                        new ActionLine(a.actionId(), "Outstanding action", a.description(), null, Words.day(a.dueBy()),
                                null, null, null)));
            }
            case RemedyOffered r -> offered(r.remedy());
            case ActionCompleted c -> actions.computeIfPresent(c.actionId(), (id, a) -> new ActionLine(id, a.kind(),
                    a.description(), a.amount(), a.dueBy(), Moment.of(c.occurredAt()), Words.yesNo(c.onTime()),
                    c.note()));
            case OmbudsmanDetermined d -> {
                listOrEmpty(d.findings()).forEach(f -> findings.add(new FindingLine(f.findingId(),
                        Words.of(f.finding()), f.definedComplaint())));
                listOrEmpty(d.orders()).forEach(this::ordered);
            }
            case ComplaintHandlingFailureFound f -> {
                findings.add(new FindingLine(f.findingId(), Words.of(f.kind()), f.description()));
                listOrEmpty(f.orders()).forEach(this::ordered);
            }
            case OmbudsmanOrderComplied c -> orders.computeIfPresent(c.orderId(), (id, o) -> new OrderLine(id,
                    o.findingId(), o.description(), o.dueBy(), Moment.of(c.occurredAt()), Words.yesNo(c.onTime()),
                    c.evidence()));
            case DocumentAttached d -> named(d.document(), sequenceNumber, step);
            case CorrespondenceRecorded c -> listOrEmpty(c.documents()).forEach(d -> named(d, sequenceNumber, step));
            default -> {
                // Other steps decide nothing and name no document.
            }
        }
    }

    /** The remedy or action tracked under {@code actionId}, if one was offered or set out before. */
    ActionLine action(String actionId) {
        return actions.get(actionId);
    }

    OrderLine order(String orderId) {
        return orders.get(orderId);
    }

    List<DecisionLine> decisions() {
        return List.copyOf(decisions);
    }

    List<ActionLine> actions() {
        return List.copyOf(actions.values());
    }

    List<FindingLine> findings() {
        return List.copyOf(findings);
    }

    List<OrderLine> orders() {
        return List.copyOf(orders.values());
    }

    List<DocumentLine> documents() {
        return List.copyOf(documents);
    }

    private void offered(TrackedRemedy remedy) {
        actions.put(remedy.actionId(), new ActionLine(remedy.actionId(), "Remedy: " + Words.of(remedy.type()),
                remedy.description(), Words.pounds(remedy.amountPence()), Words.day(remedy.dueBy()), null, null, null));
    }

    private void ordered(TrackedOrder order) {
        orders.put(order.orderId(), new OrderLine(order.orderId(), order.findingId(), order.description(),
                Words.day(order.dueBy()), null, null, null));
    }

    private void named(DocumentRef document, long sequenceNumber, String step) {
        documents.add(new DocumentLine(sequenceNumber, step, document.name(), document.mediaType(), document.sha256()));
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
