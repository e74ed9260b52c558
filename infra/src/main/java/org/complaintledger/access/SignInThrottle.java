package org.complaintledger.access;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Slows down password guessing against the local accounts, per account and per client address, before any bcrypt
 * work is done: a locked caller costs a few map look-ups, not a hash. Unknown accounts are counted like real ones, so
 * being throttled does not tell who exists. A successful sign-in forgets the account's failures but not the
 * address's, so one valid account cannot be used to go on guessing others from the same address.
 *
 * <p>So that guessing from elsewhere cannot keep a real user out (one guess every few minutes would otherwise keep
 * their account locked for good), a locked account still signs in from an address it signed in from successfully in
 * the last 30 days; guesses from that address are still slowed by the address's own count.
 *
 * <p>The address is the request's remote address: behind a reverse proxy that is the proxy's, unless
 * {@code server.forward-headers-strategy} is set (see docs/api.md, "Access"). An IPv6 address is counted by its /64
 * network, the least one host is usually given, or a guesser would change address with every guess.
 */
final class SignInThrottle {

    /** Longer names are counted under their first this many characters: bounded memory per key too. */
    private static final int LONGEST_KEY = 128;
    /** An IPv6 literal, perhaps with a zone: parsed without a DNS look-up. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z._-]+)?");
    private static final int NETWORK_BYTES = 8;
    private static final Duration KNOWN_FOR = Duration.ofDays(30);

    private final FailedSignIns accounts;
    private final FailedSignIns addresses;
    /** Until when each account is known at each address it signed in from ({@link #knownKey}). */
    private final Map<String, Instant> knownAddresses;
    private final Clock clock;

    SignInThrottle(AccessProperties.Throttle settings, Clock clock) {
        this.accounts = new FailedSignIns(settings.accountFailures(), settings.window(), settings.firstLock(),
                settings.longestLock(), settings.mostTracked());
        this.addresses = new FailedSignIns(settings.addressFailures(), settings.window(), settings.firstLock(),
                settings.longestLock(), settings.mostTracked());
        this.knownAddresses = new LeastRecentlyUsed<>(settings.mostTracked());
        this.clock = clock;
    }

    /** Refuses, with how long to wait, an attempt for a locked account or from a locked address. */
    void check(String account, String address) {
        Instant now = clock.instant();
        Optional<Duration> accountLock = known(account, address, now) ? Optional.empty()
                : accounts.lockedFor(key(account), now);
        Optional<Duration> longest = Stream.of(accountLock, addresses.lockedFor(network(address), now))
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
        if (longest.isPresent()) {
            throw new SignInThrottled(longest.get());
        }
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        accounts.failed(key(account), now);
        addresses.failed(network(address), now);
    }

    void succeeded(String account, String address) {
        accounts.succeeded(key(account));
        synchronized (knownAddresses) {
            knownAddresses.put(knownKey(account, address), clock.instant().plus(KNOWN_FOR));
        }
    }

    private boolean known(String account, String address, Instant now) {
        synchronized (knownAddresses) {
            Instant until = knownAddresses.get(knownKey(account, address));
            return until != null && until.isAfter(now);
        }
    }

    private static String knownKey(String account, String address) {
        return key(account) + '\0' + network(address);
    }

    static String network(String address) {
        if (address == null || !address.contains(":") || !IPV6.matcher(address).matches()) {
            return key(address);
        }
        try {
            if (InetAddress.getByName(address) instanceof Inet6Address v6) {
                return HexFormat.of().formatHex(Arrays.copyOf(v6.getAddress(), NETWORK_BYTES)) + "::/64";
            }
        } catch (UnknownHostException e) {
            // Not an address after all: counted as given.
        }
        return key(address);
    }

    private static String key(String name) {
        String known = name == null ? "" : name;
        return known.length() <= LONGEST_KEY ? known : known.substring(0, LONGEST_KEY);
    }
}
