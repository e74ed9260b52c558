package org.complaintledger.selfcheck;

import java.time.Duration;
import java.time.Instant;

/**
 * A self-check was asked for while one is running (in this process, or in another on the same database): refused,
 * not queued, since the running one's result will answer the same question. {@code startedAt} is null when another
 * process runs it.
 */
public class SelfCheckRunning extends RuntimeException {

    private final Instant startedAt;
    private final Duration retryAfter;

    SelfCheckRunning(Instant startedAt, Duration retryAfter) {
        super(startedAt == null
                ? "a self-check is running in another process of the ledger; its result will be at GET /api/ledger/self-check"
                : "a self-check has been running since " + startedAt + "; its result will be at GET /api/ledger/self-check");
        this.startedAt = startedAt;
        this.retryAfter = retryAfter;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
