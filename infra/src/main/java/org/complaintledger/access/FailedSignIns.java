package org.complaintledger.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins counted under one kind of key (an account, a client address). After {@code allowed} failures, each
 * with less than {@code window} since the one before, the key is locked for {@code firstLock}, doubled with every
 * further failure up to {@code longestLock}, so a guesser slows down at once but a real user is never kept out for
 * long. At most {@code mostKept} keys are kept, the least recently used forgotten first: memory is bounded, and every
 * call is O(1).
 */
final class FailedSignIns {

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    /** Past this many doublings the lock is at its longest anyway; no overflow. */
    private static final int MOST_DOUBLINGS = 20;

    private final int allowed;
    private final Duration window;
    private final Duration firstLock;
    private final Duration longestLock;
    private final Map<String, Failures> failures;

    FailedSignIns(int allowed, Duration window, Duration firstLock, Duration longestLock, int mostKept) {
        this.allowed = allowed;
        this.window = window;
        this.firstLock = firstLock;
        this.longestLock = longestLock;
        this.failures = new LeastRecentlyUsed<>(mostKept);
    }

    /** How long {@code key} is still locked for, if it is. */
    synchronized Optional<Duration> lockedFor(String key, Instant now) {
        Failures known = current(key, now);
        return known == null || !known.lockedUntil().isAfter(now)
                ? Optional.empty()
                : Optional.of(Duration.between(now, known.lockedUntil()));
    }

    synchronized void failed(String key, Instant now) {
        Failures known = current(key, now);
        int count = known == null ? 1 : known.count() + 1;
        Instant lockedUntil = count < allowed ? now : now.plus(lock(count - allowed));
        failures.put(key, new Failures(count, now, lockedUntil));
    }

    synchronized void succeeded(String key) {
        failures.remove(key);
    }

    private Duration lock(int doublings) {
        Duration lock = firstLock.multipliedBy(1L << Math.min(doublings, MOST_DOUBLINGS));
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }

    /** The key's failures, or null once they are forgotten: the lock has passed and the window since the last. */
    private Failures current(String key, Instant now) {
        Failures known = failures.get(key);
        if (known != null && !known.last().plus(window).isAfter(now) && !known.lockedUntil().isAfter(now)) {
            failures.remove(key);
            return null;
        }
        return known;
    }
}
