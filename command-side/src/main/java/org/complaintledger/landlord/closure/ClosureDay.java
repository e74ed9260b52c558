package org.complaintledger.landlord.closure;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.complaintledger.calendar.BankHolidays;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.Timescales;
import org.complaintledger.landlord.FactDates;

/**
 * One day of the calendar as a possible closure day of the landlord, its record named by the date
 * ({@link #idOf}): declared, withdrawn, declared again, each an event, so that which closure days were in force as
 * known at any recorded time can be told afterwards, and a deadline computed then explained.
 */
public class ClosureDay {

    private static final String ID_PREFIX = "closure-day-";

    @AggregateIdentifier
    private String closureDayId;
    private boolean inForce;

    protected ClosureDay() {
        // rebuilt from events, or made by the first declaration of its day
    }

    /** The record of {@code day}: one per calendar day, so two declarations of one day meet on one record. */
    public static String idOf(LocalDate day) {
        return day == null ? null : ID_PREFIX + day;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DeclareClosureDay cmd, Timescales time) {
        Instant at = FactDates.occurrence(cmd, time);
        if (inForce) {
            throw new CodeRuleBroken("closure-day-already-declared", null, cmd.day() + " is already a closure day");
        }
        // A weekend or bank holiday is no working day anyway: declaring it would change nothing but the record.
        DayOfWeek dow = cmd.day().getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || BankHolidays.isBankHoliday(cmd.day())) {
            throw new InvalidField("day", "must be a working day: " + cmd.day() + " is a weekend or a bank holiday");
        }
        apply(new ClosureDayDeclared(idOf(cmd.day()), at, cmd.backdatingReason(), cmd.day(), cmd.reason(),
                cmd.declaredBy()));
    }

    @CommandHandler
    void handle(WithdrawClosureDay cmd, Timescales time) {
        Instant at = FactDates.occurrence(cmd, time);
        if (!inForce) {
            throw new CodeRuleBroken("closure-day-not-declared", null, cmd.day() + " is not a closure day on the ledger");
        }
        apply(new ClosureDayWithdrawn(closureDayId, at, cmd.backdatingReason(), cmd.day(), cmd.reason(),
                cmd.withdrawnBy()));
    }

    @EventSourcingHandler
    void on(ClosureDayEvent event) {
        closureDayId = event.closureDayId();
        inForce = switch (event) {
            case ClosureDayDeclared e -> true;
            case ClosureDayWithdrawn e -> false;
        };
    }
}
