package org.complaintledger.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.complaintledger.readmodel.MemoryTables;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.Projection;
import org.complaintledger.readmodel.SqlTables;
import org.complaintledger.rebuild.RebuildProgress.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One rebuild of some processing groups' read models from the ledger's first event: history applied by the
 * projections' own code to tables in memory, copied into new tables beside the live ones, the events recorded
 * meanwhile applied to those, then one short transaction that applies the last events, swaps the tables and moves
 * the groups' processors to the position rebuilt. Until that commits nothing live is touched; if anything fails, the
 * new tables are dropped and the live ones answer as before.
 */
final class ReadModelRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuild.class);
    /** Catch up outside the switch-over's locks until this few events are left for it. */
    private static final long SWITCH_WITHIN = 1_000;
    private static final int SWITCH_ATTEMPTS = 3;
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final String id;
    private final List<String> groups;
    private final List<Projection> projections;
    private final DataSource owner;
    private final LedgerScan scan;
    private final ProcessorTokens tokens;
    private final Clock clock;
    private final ShadowTables shadows;
    private final Positions positions = new Positions();

    private volatile Phase phase = Phase.STARTING;
    private volatile long done;
    private volatile long total;
    private volatile long rows;
    private volatile Instant finishedAt;
    private volatile String failure;
    private final Instant startedAt;
    private Instant lastLogged;
    private Instant phaseStarted;

    ReadModelRebuild(String id, List<String> groups, List<Projection> projections, DataSource owner, LedgerScan scan,
                     ProcessorTokens tokens, Clock clock) {
        this.id = id;
        this.groups = List.copyOf(groups);
        this.projections = List.copyOf(projections);
        this.owner = owner;
        this.scan = scan;
        this.tokens = tokens;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.lastLogged = startedAt;
        this.phaseStarted = startedAt;
        this.shadows = new ShadowTables(projections.stream().flatMap(p -> p.tables().stream()).distinct().toList());
    }

    RebuildProgress progress() {
        Instant until = finishedAt == null ? clock.instant() : finishedAt;
        double seconds = Math.max(Duration.between(startedAt, until).toMillis(), 1) / 1000.0;
        double rate = done / seconds;
        Double left = phase.finished() ? Double.valueOf(0) : rate > 0 ? Math.max(total - done, 0) / rate : null;
        return new RebuildProgress(id, groups, phase, done, total, Math.round(rate * 10) / 10.0,
                left == null ? null : Math.round(left * 10) / 10.0, rows, startedAt, finishedAt, failure);
    }

    /**
     * Runs the rebuild; {@code beforeSwitch} stops the groups' processors in this process, {@code afterwards} starts
     * them again (whatever the outcome). The outcome is in {@link #progress()}.
     */
    void run(Runnable beforeSwitch, Runnable afterwards) {
        JdbcTemplate ownerJdbc = new JdbcTemplate(owner);
        try {
            shadows.create(ownerJdbc);
            long head = head(ownerJdbc);
            total = ownerJdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index <= ?",
                    Long.class, head);
            LOG.info("Rebuild {} of {}: {} events to apply", id, groups, total);
            phase(Phase.READING);
            MemoryTables memory = new MemoryTables(ownerJdbc);
            List<Projection> inMemory = projections.stream().map(p -> p.over(memory)).toList();
            try (Connection reading = owner.getConnection()) {
                reading.setAutoCommit(false);
                reading.setReadOnly(true);
                scan.read(reading, 0, head, page -> {
                    applyAll(inMemory, page.events());
                    positions.saw(page.positions());
                    done += page.events().size();
                    logNow();
                });
                reading.rollback();
            }
            phase(Phase.COPYING);
            // two connections: PostgreSQL indexes one table while the next is copied
            rows = shadows.fill(memory, owner, 2);
            phase(Phase.CATCHING_UP);
            while (head(ownerJdbc) - positions.last() > SWITCH_WITHIN) {
                inTransaction(connection -> catchUp(connection));
            }
            beforeSwitch.run();
            switchOver();
            phase(Phase.SWITCHED);
            LOG.info("Rebuild {} of {} switched over: {} events, {} rows, in {}", id, groups, done, rows,
                    Duration.between(startedAt, clock.instant()));
        } catch (RuntimeException | SQLException e) {
            failure = why(e);
            phase = Phase.FAILED;
            LOG.warn("Rebuild {} of {} failed, the live read models are untouched: {}", id, groups, e.toString());
            try {
                shadows.drop(ownerJdbc);
            } catch (RuntimeException cleanup) {
                LOG.warn("Rebuild {}: could not drop its new tables: {}", id, cleanup.toString());
            }
        } finally {
            finishedAt = clock.instant();
            afterwards.run();
        }
    }

    /** The highest global index appended (committed or not: a lower one still to commit is a gap). */
    private static long head(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
    }

    /** The failure and what caused it, as far down as it goes (a COPY's refusal is a cause of its stream's). */
    private static String why(Throwable failure) {
        StringBuilder why = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause();
             cause = cause.getCause()) {
            if (cause.getMessage() != null && !why.toString().contains(cause.getMessage())) {
                why.append(": ").append(cause.getMessage());
            }
        }
        return why.toString();
    }

    private void applyAll(List<Projection> to, List<ProjectedEvent> events) {
        for (ProjectedEvent event : events) {
            for (Projection projection : to) {
                try {
                    projection.apply(event);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(projection.processingGroup() + " failed on " + event.payload()
                            .getClass().getSimpleName() + " of record " + event.recordId() + " (sequence "
                            + event.sequence() + "): " + e.getMessage(), e);
                }
            }
        }
    }

    /** Applies the events recorded since the last read (and those that filled a gap since) to the new tables. */
    private void catchUp(Connection connection) throws SQLException {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        SqlTables newTables = SqlTables.renamed(jdbc, shadows.renamed());
        List<Projection> onNewTables = projections.stream().map(p -> p.over(newTables)).toList();
        LedgerScan.Page filled = scan.readPositions(connection, positions.gaps());
        applyAll(onNewTables, filled.events());
        positions.saw(filled.positions());
        done += filled.events().size();
        long head = head(jdbc);
        List<LedgerScan.Page> pages = new ArrayList<>();
        scan.read(connection, positions.last(), head, pages::add);
        for (LedgerScan.Page page : pages) {
            applyAll(onNewTables, page.events());
            positions.saw(page.positions());
            done += page.events().size();
        }
        total = Math.max(total, done);
    }

    /** The last events, the swap and the processors' new position, in one transaction; retried if it deadlocks. */
    private void switchOver() throws SQLException {
        for (int attempt = 1; ; attempt++) {
            long before = done;
            Positions kept = positions.copy();
            try {
                inTransaction(connection -> {
                    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                    jdbc.execute("SET LOCAL lock_timeout = '10s'");
                    shadows.lockLive(jdbc);
                    groups.forEach(group -> tokens.lock(jdbc, group));
                    catchUp(connection);
                    shadows.switchOver(jdbc);
                    for (String group : groups) {
                        tokens.moveTo(jdbc, group, positions.token());
                        // every event is now applied: what was parked for the group is in the new tables
                        jdbc.update("DELETE FROM dead_letter_entry WHERE processing_group = ?", group);
                        // a report kept in memory (reports.AnswerCache) may have read any day of the old tables
                        jdbc.update("INSERT INTO report_day_change (processing_group, day, changes) "
                                + "VALUES (?, '-infinity', 1) ON CONFLICT (processing_group, day) "
                                + "DO UPDATE SET changes = report_day_change.changes + 1", group);
                    }
                });
                return;
            } catch (SQLException | RuntimeException e) {
                done = before;
                positions.restore(kept);
                if (attempt == SWITCH_ATTEMPTS || e instanceof RebuildRefused) {
                    throw e;
                }
                LOG.info("Rebuild {}: switch-over attempt {} did not go through ({}); trying again", id, attempt,
                        e.toString());
            }
        }
    }

    private interface InTransaction {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(InTransaction work) throws SQLException {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Moves to {@code next}, logging how long the phase before took: where a rebuild's time goes. */
    private void phase(Phase next) {
        Instant now = clock.instant();
        LOG.info("Rebuild {}: {} took {} ms ({} events, {} rows so far); now {}", id, phase,
                Duration.between(phaseStarted, now).toMillis(), done, rows, next);
        phaseStarted = now;
        phase = next;
    }

    private void logNow() {
        Instant now = clock.instant();
        if (Duration.between(lastLogged, now).compareTo(LOG_EVERY) >= 0) {
            lastLogged = now;
            RebuildProgress progress = progress();
            LOG.info("Rebuild {}: {} of {} events, {} events/s, about {} s left", id, progress.eventsDone(),
                    progress.eventsTotal(), Math.round(progress.eventsPerSecond()), progress.secondsLeft());
        }
    }

}
