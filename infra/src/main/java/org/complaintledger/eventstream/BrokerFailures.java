package org.complaintledger.eventstream;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publisher's retries while the broker (or the database) fails: a backoff doubling from the first wait up to the
 * longest, one warning line when an outage starts and one when publishing resumes, never a stack trace per attempt.
 */
final class BrokerFailures {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerFailures.class);

    private final EventStreamProperties properties;
    private int failedAttempts;
    private long failingSince;
    private Duration backoff;

    BrokerFailures(EventStreamProperties properties) {
        this.properties = properties;
        this.backoff = properties.retryBackoff();
    }

    /** Notes a failed attempt; answers how long to wait before the next. */
    Duration failed(RuntimeException e, String position) {
        if (failedAttempts == 0) {
            failingSince = System.nanoTime();
            backoff = properties.retryBackoff();
            LOG.warn("Event stream: cannot publish to {} ({}); retrying with backoff up to {}, nothing skipped: "
                    + "publishing resumes from stream position {}", properties.bootstrapServers(), describe(e),
                    properties.maxRetryBackoff(), position);
        } else {
            LOG.debug("Event stream: attempt {} failed too ({})", failedAttempts + 1, describe(e));
            Duration doubled = backoff.multipliedBy(2);
            backoff = doubled.compareTo(properties.maxRetryBackoff()) > 0 ? properties.maxRetryBackoff() : doubled;
        }
        failedAttempts++;
        return backoff;
    }

    void succeeded() {
        if (failedAttempts > 0) {
            LOG.info("Event stream: publishing again after {} failed attempt(s) over {} s", failedAttempts,
                    (System.nanoTime() - failingSince) / 1_000_000_000);
            failedAttempts = 0;
        }
    }

    /** The exception and its root cause, in one line. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? first : first + "; cause " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
