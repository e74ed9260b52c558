package org.complaintledger.reports.asat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.complaintledger.code.InvalidField;
import org.complaintledger.ledger.SaneDate;
import org.complaintledger.parkedevents.Incomplete;
import org.complaintledger.reporting.ReportReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the report read models as they are now, or as the ledger stood at a past instant ("as at"): then the read
 * models are rebuilt, by their own code, from the events recorded by that instant into temporary tables of the same
 * names, which PostgreSQL looks in first for the rest of the transaction; the transaction is rolled back, so the live
 * tables are never written. Last year's published figures are so reproduced exactly, whatever was recorded since.
 */
@Component
public class LedgerAsAt {

    /** More corrections than this are counted, not listed: a report is no event dump. */
    public static final int CORRECTIONS_LISTED = 1_000;

    /** Rebuilds at once: each reads every event, so one per core of a small server, and the others wait briefly. */
    static final int REBUILDS_AT_ONCE = 2;
    private static final long LONGEST_WAIT_SECONDS = 5;

    private final Semaphore rebuilds = new Semaphore(REBUILDS_AT_ONCE);

    private final List<ReportReadModel> readModels;
    private final EventStorageEngine events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate scratch;

    public LedgerAsAt(List<ReportReadModel> readModels, EventStorageEngine events, JdbcTemplate jdbc,
                      PlatformTransactionManager transactions) {
        this.readModels = readModels;
        this.events = events;
        this.jdbc = jdbc;
        // one snapshot for every query of a report, so its figures add up even while events arrive
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.scratch = new TransactionTemplate(transactions);
    }

    /** {@code asAt} unchanged (null for now), or InvalidField: it must be a sane instant, not in the future. */
    public static Instant checked(Instant asAt, Instant now) {
        SaneDate.Parameter.checked("asAt", asAt);
        if (asAt != null && asAt.isAfter(now)) {
            throw new InvalidField("asAt", "must not be in the future: the ledger cannot say how it will stand");
        }
        return asAt;
    }

    /** The report {@code read} makes of the read models now. */
    public <T> T now(Function<JdbcTemplate, T> read) {
        return snapshot.execute(status -> read.apply(jdbc));
    }

    /**
     * The report {@code read} makes of the read models as they stood at {@code asAt}, and the corrections recorded
     * since that can have changed what a report of {@code from}..{@code to} said then ({@link LaterSteps}).
     */
    public <T> AsAt<T> at(Instant asAt, LocalDate from, LocalDate to, Function<JdbcTemplate, T> read) {
        try {
            if (!rebuilds.tryAcquire(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new RebuildsBusy(REBUILDS_AT_ONCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RebuildsBusy(REBUILDS_AT_ONCE);
        }
        try {
            return scratch.execute(status -> {
                status.setRollbackOnly();
                shadowTables();
                Rebuilt rebuilt = rebuild(asAt, from, to, status);
                return new AsAt<>(read.apply(jdbc), rebuilt.incomplete(), rebuilt.corrections());
            });
        } finally {
            rebuilds.release();
        }
    }

    /**
     * What a report read as at an instant; the events its read models could not apply (as live processing would
     * have parked them), or null; and the corrections recorded after it.
     */
    public record AsAt<T>(T report, Incomplete incomplete, Corrections corrections) {
    }

    private void shadowTables() {
        for (ReportReadModel model : readModels) {
            for (String table : model.tables()) {
                // the table's own name from the model, never input
                jdbc.execute("CREATE TEMPORARY TABLE " + table + " (LIKE " + table + " INCLUDING ALL) ON COMMIT DROP");
                Boolean temporary = jdbc.queryForObject("SELECT relpersistence = 't' FROM pg_class "
                        + "WHERE oid = to_regclass(?)", Boolean.class, table);
                if (!Boolean.TRUE.equals(temporary)) {
                    throw new IllegalStateException(table + " is not shadowed by a temporary table");
                }
            }
        }
    }

    /** Rebuilds the copies from the events recorded by {@code asAt}; notes the later steps about the period. */
    private Rebuilt rebuild(Instant asAt, LocalDate from, LocalDate to, TransactionStatus transaction) {
        Rebuild rebuild = new Rebuild(readModels, transaction);
        LaterSteps later = new LaterSteps(asAt, from, to);
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> messages = stream.iterator();
            while (messages.hasNext()) {
                TrackedEventMessage<?> message = messages.next();
                if (!message.getTimestamp().isAfter(asAt)) {
                    rebuild.apply(message);
                } else {
                    later.consider(message);
                }
            }
        }
        return new Rebuilt(rebuild.finish(), later.corrections());
    }

    private record Rebuilt(Incomplete incomplete, Corrections corrections) {
    }
}
