package org.complaintledger.bulkimport;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far an import is, read by the progress bar and the metrics while the workers move it on: steps imported by
 * this run, found already imported by an earlier one, and refused (with the lines skipped after a refused one).
 */
public final class ImportProgress {

    private final long total;
    private final long started = System.nanoTime();
    private final AtomicLong imported = new AtomicLong();
    private final AtomicLong alreadyImported = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private volatile long finishedNanos;

    ImportProgress(long total) {
        this.total = total;
    }

    void batchCommitted(long importedSteps, long alreadySteps, long refusedSteps) {
        imported.addAndGet(importedSteps);
        alreadyImported.addAndGet(alreadySteps);
        refused.addAndGet(refusedSteps);
        commits.incrementAndGet();
    }

    void finish() {
        finishedNanos = System.nanoTime();
    }

    public boolean running() {
        return finishedNanos == 0;
    }

    /** The file's steps (its non-blank lines). */
    public long total() {
        return total;
    }

    /** Steps this run has dealt with, whatever became of each. */
    public long done() {
        return imported.get() + alreadyImported.get() + refused.get();
    }

    public long imported() {
        return imported.get();
    }

    public long alreadyImported() {
        return alreadyImported.get();
    }

    public long refused() {
        return refused.get();
    }

    public long commits() {
        return commits.get();
    }

    public double seconds() {
        return ((running() ? System.nanoTime() : finishedNanos) - started) / 1e9;
    }

    public double stepsPerSecond() {
        double seconds = seconds();
        return seconds <= 0 ? 0 : done() / seconds;
    }

    /** At the rate so far; NaN before any step is done. */
    public double secondsLeft() {
        double rate = stepsPerSecond();
        return rate <= 0 ? Double.NaN : (total - done()) / rate;
    }
}
