package org.complaintledger.outage;

import java.time.Duration;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;

/**
 * The lock a step takes on its record (Axon's per-aggregate lock), with a bounded wait. Axon's default waits up to
 * 60 s; while the database hangs, the step holding the lock waits on it for up to the driver's socket timeout, so
 * steps behind it on the same record would pile up for a multiple of that. Bounded, each gives up after
 * {@link #LONGEST_WAIT} and is answered 503 with Retry-After (a step on one record takes milliseconds otherwise).
 */
public final class CommandLocks {

    public static final Duration LONGEST_WAIT = Duration.ofSeconds(3);
    private static final int ATTEMPT_MILLIS = 10;

    private CommandLocks() {
    }

    public static LockFactory bounded() {
        return PessimisticLockFactory.builder()
                .lockAttemptTimeout(ATTEMPT_MILLIS)
                .acquireAttempts((int) (LONGEST_WAIT.toMillis() / ATTEMPT_MILLIS))
                .build();
    }
}
