package org.complaintledger.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Slows down password guessing against the local accounts, per account and per client address, before any bcrypt
 * work is done: a locked caller costs two map look-ups, not a hash. Unknown accounts are counted like real ones, so
 * being throttled does not tell who exists. A successful sign-in forgets the account's failures but not the
 * address's, so one valid account cannot be used to go on guessing others from the same address.
 *
 * <p>The address is the request's remote address: behind a reverse proxy that is the proxy's, unless
 * {@code server.forward-headers-strategy} is set (see docs/api.md, "Sign in").
 */
final class SignInThrottle {

    /** Longer names are counted under their first this many characters: bounded memory per key too. */
    private static final int LONGEST_KEY = 128;

    private final FailedSignIns accounts;
    private final FailedSignIns addresses;
    private final Clock clock;

    SignInThrottle(AccessProperties.Throttle settings, Clock clock) {
        this.accounts = new FailedSignIns(settings.accountFailures(), settings.window(), settings.firstLock(),
                settings.longestLock(), settings.mostTracked());
        this.addresses = new FailedSignIns(settings.addressFailures(), settings.window(), settings.firstLock(),
                settings.longestLock(), settings.mostTracked());
        this.clock = clock;
    }

    /** Refuses, with how long to wait, an attempt for a locked account or from a locked address. */
    void check(String account, String address) {
        Instant now = clock.instant();
        Optional<Duration> longest = Stream.of(accounts.lockedFor(key(account), now),
                addresses.lockedFor(key(address), now)).flatMap(Optional::stream).max(Comparator.naturalOrder());
        if (longest.isPresent()) {
            throw new SignInThrottled(longest.get());
        }
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        accounts.failed(key(account), now);
        addresses.failed(key(address), now);
    }

    void succeeded(String account) {
        accounts.succeeded(key(account));
    }

    private static String key(String name) {
        String known = name == null ? "" : name;
        return known.length() <= LONGEST_KEY ? known : known.substring(0, LONGEST_KEY);
    }
}
