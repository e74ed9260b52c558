package org.complaintledger.ledgertree;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.complaintledger.stopping.StopPhases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Admits events every admission interval and signs a checkpoint when one is due, on a thread of its own (not Spring's
 * shared scheduler, where a long retention run would hold admission up), both skipped while an import holds them
 * back ({@link AdmissionHold}). Started once the application is up, and stopped before the database goes.
 */
final class LedgerTreeSchedule implements SmartLifecycle {

    /** How often to look whether a checkpoint is due: the interval counts from the latest one, across restarts. */
    private static final Duration CHECKPOINT_LOOK = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(LedgerTreeSchedule.class);

    private final LedgerAdmission admission;
    private final LedgerCheckpoints checkpoints;
    private final AdmissionHold hold;
    private final Duration admissionInterval;
    private final Duration checkpointLook;
    private ScheduledExecutorService executor;

    LedgerTreeSchedule(LedgerAdmission admission, LedgerCheckpoints checkpoints, AdmissionHold hold,
                       LedgerTreeProperties properties) {
        this.admission = admission;
        this.checkpoints = checkpoints;
        this.hold = hold;
        this.admissionInterval = properties.admissionInterval();
        Duration interval = properties.checkpointInterval();
        this.checkpointLook = interval.compareTo(CHECKPOINT_LOOK) < 0 ? interval : CHECKPOINT_LOOK;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ledger-tree");
            thread.setDaemon(true);
            return thread;
        });
        if (admissionInterval.isPositive()) {
            long every = admissionInterval.toMillis();
            executor.scheduleWithFixedDelay(this::admitOnSchedule, every, every, TimeUnit.MILLISECONDS);
        } else {
            LOG.info("Events are admitted into the ledger's tree on demand only "
                    + "(complaint-ledger.proof.admission-interval is {})", admissionInterval);
        }
        if (checkpointLook.isPositive()) {
            long every = checkpointLook.toMillis();
            executor.scheduleWithFixedDelay(this::signOnSchedule, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** One scheduled run: admits unless an import holds admission back ({@link AdmissionHold}). */
    void admitOnSchedule() {
        if (hold.held()) {
            return;
        }
        try {
            admission.admitUnlessBusy();
        } catch (RuntimeException e) {
            // TreeFailures has logged it and keeps it for the self-check; the next run tries again.
        }
    }

    /**
     * One scheduled look for a due checkpoint, unless admission is held back: signing admits everything committed
     * first, and on a ledger without a checkpoint yet (a first import) every look is due.
     */
    void signOnSchedule() {
        if (hold.held()) {
            return;
        }
        try {
            checkpoints.signIfDue();
        } catch (TreeInconsistent e) {
            // TreeFailures has logged it.
        } catch (RuntimeException e) {
            LOG.warn("No checkpoint signed this time: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Stopped once requests are drained, before the event processors and the database (docs/operations.md). */
    @Override
    public int getPhase() {
        return StopPhases.BACKGROUND_WORK;
    }
}
