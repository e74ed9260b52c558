package org.complaintledger.metrics;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value worked out at most once per {@code maxAge}, however often it is asked for: a Prometheus scrape (or several
 * scrapers, or a dashboard's refresh) reads many gauges of the same figures, and must cost the database one bounded
 * round of queries, not one per gauge. A round that fails (the database away) gives null until the next round: a gap
 * in the graphs, never stale figures shown as current.
 */
public final class Recomputed<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Recomputed.class);

    private final Supplier<T> compute;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private T value;
    private long computedAt;
    private boolean computed;

    public Recomputed(Supplier<T> compute, Duration maxAge) {
        this(compute, maxAge, System::nanoTime);
    }

    Recomputed(Supplier<T> compute, Duration maxAge, LongSupplier nanoTime) {
        this.compute = compute;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The latest value, worked out again first if it is older than the maximum age; null if that failed. */
    public synchronized T get() {
        long now = nanoTime.getAsLong();
        if (!computed || now - computedAt >= maxAgeNanos) {
            computed = true;
            computedAt = now;
            try {
                value = compute.get();
            } catch (RuntimeException e) {
                LOG.debug("figures not worked out this round: {}", e.toString());
                value = null;
            }
        }
        return value;
    }
}
