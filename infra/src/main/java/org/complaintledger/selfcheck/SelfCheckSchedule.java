package org.complaintledger.selfcheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the self-check once {@code complaint-ledger.proof.self-check-interval} has passed since the last one on this
 * database (by any process, on demand or scheduled), or since this process started if there has been none. A thread
 * of its own looks at most once a minute: a check of a large ledger takes minutes, and must not hold up the shared
 * scheduler's short jobs (admission into the tree runs every second).
 */
final class SelfCheckSchedule implements SmartLifecycle {

    static final String SCHEDULE = "schedule";
    private static final Duration MOST_BETWEEN_LOOKS = Duration.ofMinutes(1);
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

    /** Whether a check is due at {@code now}: {@code interval} after the last one started, or after {@code since}. */
    static boolean due(Instant now, Instant lastStarted, Instant since, Duration interval) {
        Instant from = lastStarted != null ? lastStarted : since;
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
            SelfCheckResult last = selfCheck.latest().run();
            if (selfCheck.runningSince() == null
                    && due(clock.instant(), last == null ? null : last.startedAt(), startedAt, interval)) {
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
}
