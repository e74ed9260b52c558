package org.complaintledger.selfcheck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The ledger's self-check (issue 10; docs/proofs.md, section 7): re-verifies the whole ledger
 * ({@link LedgerVerification}) in one read-only snapshot, stores the result, and keeps the latest for health and
 * metrics. One at a time across every process on the database (an advisory lock held by the check's transaction); a
 * second asked for meanwhile is refused ({@link SelfCheckRunning}).
 */
public class SelfCheck {

    /** {@code pg_try_advisory_xact_lock} key of the self-check: "cl-check" in ASCII. */
    static final long LOCK = 0x636c2d636865636bL;
    /**
     * The longest a single round trip of the check may take: its set-based statements (the chains' self-join, the
     * counts) answer only when done, which on a large ledger takes longer than the pool's socket timeout allows.
     */
    static final Duration LONGEST_ROUND_TRIP = Duration.ofMinutes(10);
    /** How long the latest result read from the database is trusted before it is read again (another process). */
    static final Duration FRESH = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(SelfCheck.class);
    /** pgjdbc changes its socket timeout at once; it needs no executor for it. */
    private static final Executor DIRECT = Runnable::run;

    private final DataSource dataSource;
    private final LedgerVerification verification;
    private final SelfCheckStore store;
    private final Clock clock;
    private final AtomicReference<Instant> running = new AtomicReference<>();
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    private record Cached(SelfCheckStore.Latest latest, long readAtNanos) {
    }

    SelfCheck(DataSource dataSource, LedgerVerification verification, SelfCheckStore store, Clock clock) {
        this.dataSource = dataSource;
        this.verification = verification;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Runs the self-check now and answers its result, stored.
     *
     * @param startedBy {@code schedule}, or who asked
     * @throws SelfCheckRunning when one is running already, here or in another process
     */
    public SelfCheckResult run(String startedBy) {
        Instant startedAt = clock.instant();
        if (!running.compareAndSet(null, startedAt)) {
            Instant since = running.get();
            throw new SelfCheckRunning(since, retryAfter(since));
        }
        try {
            SelfCheckResult result;
            try {
                result = SelfCheckResult.of(startedBy, startedAt, clock.instant(), verifyInOneSnapshot());
            } catch (SelfCheckRunning elsewhere) {
                throw elsewhere;
            } catch (SQLException | DataAccessException e) {
                LOG.warn("The self-check could not finish", e);
                result = SelfCheckResult.incomplete(startedBy, startedAt, clock.instant(),
                        "the database did not answer as it should: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result = SelfCheckResult.incomplete(startedBy, startedAt, clock.instant(), "interrupted");
            } catch (RuntimeException e) {
                // stored data the check did not foresee: say so rather than answer nothing
                LOG.error("The self-check failed", e);
                result = SelfCheckResult.incomplete(startedBy, startedAt, clock.instant(),
                        "the check failed: " + e);
            }
            result = stored(result);
            log(result);
            cached.set(new Cached(latestAfter(result), System.nanoTime()));
            return result;
        } finally {
            running.set(null);
        }
    }

    /** When the running check started, or null. */
    public Instant runningSince() {
        return running.get();
    }

    /** The latest run and the latest completed run, as far as the database says (read at most every {@link #FRESH}). */
    SelfCheckStore.Latest latest() {
        Cached now = cached.get();
        if (now != null && System.nanoTime() - now.readAtNanos() < FRESH.toNanos()) {
            return now.latest();
        }
        try {
            SelfCheckStore.Latest read = store.latest();
            cached.set(new Cached(read, System.nanoTime()));
            return read;
        } catch (DataAccessException e) {
            // the database is away: what was last known stands (health's database component says DOWN)
            return lastKnown();
        }
    }

    /** What was last read or found, without asking the database: for when it is known not to answer. */
    SelfCheckStore.Latest lastKnown() {
        Cached now = cached.get();
        return now == null ? SelfCheckStore.Latest.NONE : now.latest();
    }

    List<SelfCheckStore.Summary> recent(int most) {
        return store.recent(most);
    }

    private LedgerVerification.Verified verifyInOneSnapshot() throws SQLException, InterruptedException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            connection.setNetworkTimeout(DIRECT, (int) LONGEST_ROUND_TRIP.toMillis());
            try {
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK);
                    try (ResultSet locked = lock.executeQuery()) {
                        locked.next();
                        if (!locked.getBoolean(1)) {
                            throw new SelfCheckRunning(null, retryAfter(null));
                        }
                    }
                }
                return verification.verify(connection);
            } finally {
                connection.rollback();
            }
        }
    }

    private SelfCheckResult stored(SelfCheckResult result) {
        try {
            return store.save(result);
        } catch (DataAccessException e) {
            LOG.warn("The self-check's result could not be stored: {}", result, e);
            return result;
        }
    }

    private SelfCheckStore.Latest latestAfter(SelfCheckResult result) {
        if (result.completed()) {
            return new SelfCheckStore.Latest(result, result);
        }
        Cached before = cached.get();
        return new SelfCheckStore.Latest(result, before == null ? null : before.latest().completed());
    }

    /** A guess at when the running check will be done: the last completed run's duration after it started. */
    private Duration retryAfter(Instant startedAt) {
        SelfCheckStore.Latest latest = lastKnown();
        Duration last = latest.completed() == null ? Duration.ZERO : latest.completed().duration();
        Duration left = startedAt == null ? last : last.minus(Duration.between(startedAt, clock.instant()));
        return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
    }

    private static void log(SelfCheckResult result) {
        switch (result.outcome()) {
            case PASSED -> LOG.info("Self-check {} passed: {} events, {} leaves, {} checkpoints verified, {} bytes "
                            + "hashed in {} ms", result.checkId(), result.eventsVerified(), result.leavesVerified(),
                    result.checkpointsVerified(), result.bytesHashed(), result.duration().toMillis());
            case FAILED -> LOG.error("Self-check {} FAILED: {} failures; the first: {}", result.checkId(),
                    result.failureCount(), result.firstFailure());
            case INCOMPLETE -> LOG.warn("Self-check {} could not finish: {}", result.checkId(), result.error());
        }
    }
}
