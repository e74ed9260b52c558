package org.complaintledger.landlord.exceptional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.Timescales;
import org.complaintledger.landlord.FactDates;

/**
 * One period in which the landlord could not comply with the Code because of exceptional circumstances (8.5): it may
 * be recorded while it lasts and closed later, and the day the Ombudsman was told may come later too.
 */
public class ExceptionalCircumstances {

    @AggregateIdentifier
    private String periodId;
    private LocalDate from;
    private LocalDate until;
    private LocalDate ombudsmanNotifiedOn;

    protected ExceptionalCircumstances() {
        // rebuilt from events
    }

    @CommandHandler
    public ExceptionalCircumstances(RecordExceptionalCircumstances cmd, Timescales time) {
        Instant at = FactDates.occurrence(cmd, time);
        FactDates.notInFuture("from", cmd.from(), time);
        FactDates.notBefore("until", cmd.until(), cmd.from(), "from");
        // The last day is known once it has passed; until then the period is open, and 8.5's timescale for returning
        // to compliance is expectedReturnToCompliance.
        FactDates.notInFuture("until", cmd.until(), time);
        FactDates.notBefore("expectedReturnToCompliance", cmd.expectedReturnToCompliance(), cmd.from(), "from");
        FactDates.notInFuture("ombudsmanNotifiedOn", cmd.ombudsmanNotifiedOn(), time);
        apply(new ExceptionalCircumstancesRecorded(cmd.periodId(), at, cmd.backdatingReason(), cmd.from(), cmd.until(),
                cmd.whatHappened(), cmd.expectedReturnToCompliance(), cmd.ombudsmanNotifiedOn(), cmd.recordedBy()));
    }

    @CommandHandler
    void handle(EndExceptionalCircumstances cmd, Timescales time) {
        Instant at = FactDates.occurrence(cmd, time);
        if (until != null) {
            throw new CodeRuleBroken("exceptional-circumstances-already-ended", null,
                    "the period of exceptional circumstances already ended on " + until);
        }
        FactDates.notBefore("until", cmd.until(), from, "the first day of the period");
        FactDates.notInFuture("until", cmd.until(), time);
        apply(new ExceptionalCircumstancesEnded(periodId, at, cmd.backdatingReason(), cmd.until(), cmd.recordedBy()));
    }

    @CommandHandler
    void handle(RecordOmbudsmanNotified cmd, Timescales time) {
        Instant at = FactDates.occurrence(cmd, time);
        if (ombudsmanNotifiedOn != null) {
            throw new CodeRuleBroken("ombudsman-already-notified", null,
                    "the Ombudsman's notification, on " + ombudsmanNotifiedOn + ", is already on record");
        }
        FactDates.notInFuture("notifiedOn", cmd.notifiedOn(), time);
        apply(new OmbudsmanNotifiedOfExceptionalCircumstances(periodId, at, cmd.backdatingReason(), cmd.notifiedOn(),
                cmd.recordedBy()));
    }

    @EventSourcingHandler
    void on(ExceptionalCircumstancesEvent event) {
        switch (event) {
            case ExceptionalCircumstancesRecorded e -> {
                periodId = e.periodId();
                from = e.from();
                until = e.until();
                ombudsmanNotifiedOn = e.ombudsmanNotifiedOn();
            }
            case ExceptionalCircumstancesEnded e -> until = e.until();
            case OmbudsmanNotifiedOfExceptionalCircumstances e -> ombudsmanNotifiedOn = e.notifiedOn();
        }
    }
}
