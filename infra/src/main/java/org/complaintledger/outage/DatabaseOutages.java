package org.complaintledger.outage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The last time anything in this process failed to reach the database, so that health can say DOWN at once, from
 * the requests that met the outage, instead of waiting on a probe of its own. Ages are measured on the monotonic
 * clock, not the ledger's {@code Clock} (which tests fix in time, and which may be stepped).
 */
@Component
public class DatabaseOutages {

    /** A failure the ledger met: when (for people) and the monotonic time (for ages). */
    public record Failure(Instant at, long nanoTime, String error) {
    }

    /**
     * A failure this recent is taken as the state of now: the database cannot have been found again since, unprobed,
     * and a health component that read it would only wait out the pool's or the socket's timeout again.
     */
    public static final Duration RECENT = Duration.ofSeconds(2);

    private final AtomicReference<Failure> last = new AtomicReference<>();

    public Failure failed(Throwable failure) {
        Failure failed = new Failure(Instant.now(), System.nanoTime(), String.valueOf(failure.getMessage()));
        last.set(failed);
        return failed;
    }

    /** The database answered: an earlier failure no longer says anything about now. */
    public void reachable() {
        last.set(null);
    }

    /** Whether the database failed {@link #RECENT}ly: health components then answer without reading it. */
    public boolean awayJustNow() {
        return within(RECENT).isPresent();
    }

    /** The last failure, if it happened within {@code window} of now. */
    public Optional<Failure> within(Duration window) {
        Failure failure = last.get();
        return failure != null && System.nanoTime() - failure.nanoTime() < window.toNanos()
                ? Optional.of(failure) : Optional.empty();
    }
}
