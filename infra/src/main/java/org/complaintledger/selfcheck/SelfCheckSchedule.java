package org.complaintledger.selfcheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.complaintledger.stopping.StopPhases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the self-check once {@code complaint-ledger.proof.self-check-interval} has passed since the last one that
 * completed on this database (by any process, on demand or scheduled), or since this process started if there has
 * been none; after a check that could not finish (the database away), again ten minutes later at the soonest. A thread
 * of its own looks at most once a minute: a check of a large ledger takes minutes, and must not hold up the shared
 * scheduler's short jobs (admission into the tree runs every second).
 */
final class SelfCheckSchedule implements SmartLifecycle {

    static final String SCHEDULE = "schedule";
    private static final Duration MOST_BETWEEN_LOOKS = Duration.ofMinutes(1);
    /** After a check that could not finish, the least wait before the next. */
    static final Duration AFTER_INCOMPLETE = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(SelfCheckSchedule.class);

    private final SelfCheck selfCheck;
    private final Duration interval;
    private final Clock clock;
    private ScheduledExecutorService thread;
    private Instant startedAt;
    private boolean running;

    SelfCheckSchedule(SelfCheck selfCheck, Duration interval, Clock clock) {
        this.selfCheck = selfCheck;
        this.interval = interval;
        this.clock = clock;
    }

    /**
     * Whether a check is due at {@code now}: {@code interval} after the last completed one started (or after
     * {@code since}, with none), and not within {@link #AFTER_INCOMPLETE} (or the interval, if shorter) of a last run
     * that could not finish.
     */
    static boolean due(Instant now, SelfCheckStore.Latest latest, Instant since, Duration interval) {
        Instant from = latest.completed() != null ? latest.completed().startedAt() : since;
        SelfCheckResult run = latest.run();
        if (run != null && !run.completed()) {
            Duration wait = interval.compareTo(AFTER_INCOMPLETE) < 0 ? interval : AFTER_INCOMPLETE;
            if (now.isBefore(run.finishedAt().plus(wait))) {
                return false;
            }
        }
        return !now.isBefore(from.plus(interval));
    }

    @Override
    public synchronized void start() {
        startedAt = clock.instant();
        running = true;
        if (!interval.isPositive()) {
            LOG.info("The ledger's self-check runs only on demand (complaint-ledger.proof.self-check-interval={})",
                    interval);
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread scheduled = new Thread(work, "ledger-self-check");
            scheduled.setDaemon(true);
            return scheduled;
        });
        long look = Math.min(interval.toMillis(), MOST_BETWEEN_LOOKS.toMillis());
        thread.scheduleWithFixedDelay(this::look, look, look, TimeUnit.MILLISECONDS);
    }

    private void look() {
        try {
            if (selfCheck.runningSince() == null && due(clock.instant(), selfCheck.latest(), startedAt, interval)) {
                selfCheck.run(SCHEDULE);
            }
        } catch (SelfCheckRunning busy) {
            LOG.debug("Scheduled self-check skipped: {}", busy.getMessage());
        } catch (RuntimeException e) {
            // the next look tries again; a failure must not end the schedule
            LOG.warn("Scheduled self-check failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    /** Stopped once requests are drained, before the event processors and the database (docs/operations.md). */
    @Override
    public int getPhase() {
        return StopPhases.BACKGROUND_WORK;
    }
}
