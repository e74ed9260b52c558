package org.complaintledger.landlord.finding;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.NotOnRecord;
import org.complaintledger.code.Timescales;
import org.complaintledger.landlord.FactDates;

/**
 * One finding of non-compliance with the Code the Ombudsman made about the landlord as a whole (8.1c), with the
 * orders that follow it and the landlord's compliance with each, which the governing body follows (9.7c).
 */
public class NonComplianceFinding {

    @AggregateIdentifier
    private String findingId;
    private LocalDate madeOn;
    private final Map<String, LocalDate> dueOn = new HashMap<>();
    private final Set<String> complied = new HashSet<>();

    protected NonComplianceFinding() {
        // rebuilt from events
    }

    @CommandHandler
    public NonComplianceFinding(RecordNonComplianceFinding cmd, Timescales time) {
        Instant at = FactDates.occurrence(cmd, time);
        FactDates.notInFuture("madeOn", cmd.madeOn(), time);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < cmd.orders().size(); i++) {
            FindingOrder order = cmd.orders().get(i);
            if (!ids.add(order.orderId())) {
                throw new InvalidField("orders[" + i + "].orderId", "repeats " + order.orderId()
                        + ": each order of a finding has its own id");
            }
            FactDates.notBefore("orders[" + i + "].dueOn", order.dueOn(), cmd.madeOn(), "the day of the finding");
        }
        apply(new NonComplianceFound(cmd.findingId(), at, cmd.backdatingReason(), cmd.reference(), cmd.madeOn(),
                cmd.provisions(), cmd.description(), cmd.orders(), cmd.recordedBy()));
    }

    @CommandHandler
    void handle(RecordFindingOrderComplied cmd, Timescales time) {
        Instant at = FactDates.occurrence(cmd, time);
        LocalDate due = dueOn.get(cmd.orderId());
        if (due == null) {
            throw new NotOnRecord("no order '" + cmd.orderId() + "' on finding '" + findingId + "'");
        }
        if (complied.contains(cmd.orderId())) {
            throw new CodeRuleBroken("finding-order-already-complied", null,
                    "compliance with order " + cmd.orderId() + " is already on record");
        }
        FactDates.notBefore("compliedOn", cmd.compliedOn(), madeOn, "the day of the finding");
        FactDates.notInFuture("compliedOn", cmd.compliedOn(), time);
        apply(new FindingOrderComplied(findingId, at, cmd.backdatingReason(), cmd.orderId(), cmd.compliedOn(),
                !cmd.compliedOn().isAfter(due), cmd.evidence(), cmd.recordedBy()));
    }

    @EventSourcingHandler
    void on(NonComplianceFindingEvent event) {
        switch (event) {
            case NonComplianceFound e -> {
                findingId = e.findingId();
                madeOn = e.madeOn();
                e.orders().forEach(order -> dueOn.put(order.orderId(), order.dueOn()));
            }
            case FindingOrderComplied e -> complied.add(e.orderId());
        }
    }
}
