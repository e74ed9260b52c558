package org.complaintledger.closuredays;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.landlord.closure.ClosureDayDeclared;
import org.complaintledger.landlord.closure.ClosureDayEvent;
import org.complaintledger.landlord.closure.ClosureDayWithdrawn;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The landlord's closure days declared on the ledger ({@code closure_day}), and the working-day calendar that every
 * command uses kept in step with them. A subscribing processor (see application.yml) writes the row in the transaction
 * that appends the closure day's event, and once that transaction has committed the calendar reloads the days in
 * force: a deadline computed by the very next command counts the new closure day, and a declaration that rolled back
 * never reached the calendar. The calendar is loaded from the table at start as well.
 */
@Component
@ProcessingGroup(ClosureDaysProjection.PROCESSING_GROUP)
public class ClosureDaysProjection implements InitializingBean {

    public static final String PROCESSING_GROUP = "closure-days";

    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;

    public ClosureDaysProjection(JdbcTemplate jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    @Override
    public void afterPropertiesSet() {
        reloadCalendar();
    }

    /** Keyed by the events' sequence numbers, so feeding an event again (a replay) changes nothing. */
    @EventHandler
    void on(ClosureDayEvent event, @org.axonframework.eventhandling.Timestamp Instant recordedAt, @SequenceNumber Long sequence) {
        switch (event) {
            case ClosureDayDeclared e -> jdbc.update("INSERT INTO closure_day (day, declared_seq, reason, declared_by, "
                            + "declared_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (day, declared_seq) DO NOTHING",
                    Date.valueOf(e.day()), sequence, e.reason(), e.declaredBy(), Timestamp.from(recordedAt));
            case ClosureDayWithdrawn e -> jdbc.update("UPDATE closure_day SET withdrawn_seq = ?, withdrawal_reason = ?, "
                            + "withdrawn_by = ?, withdrawn_at = ? "
                            + "WHERE day = ? AND withdrawn_seq IS NULL AND declared_seq < ?",
                    sequence, e.reason(), e.withdrawnBy(), Timestamp.from(recordedAt), Date.valueOf(e.day()), sequence);
        }
        if (CurrentUnitOfWork.isStarted()) {
            // After the command's own transaction: the root unit of work commits it.
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> reloadCalendar());
        } else {
            reloadCalendar();
        }
    }

    /**
     * Reads the days in force and hands them to the calendar as one new snapshot. Serialised, so that of two reloads
     * after two commits the one that read later also sets later, and neither commit's day is lost.
     */
    public synchronized void reloadCalendar() {
        calendar.followLedgerClosureDays(new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT day FROM closure_day WHERE withdrawn_seq IS NULL", LocalDate.class)));
    }
}
