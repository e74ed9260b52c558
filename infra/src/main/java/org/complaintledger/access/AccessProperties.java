package org.complaintledger.access;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callers authenticate. With {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or
 * {@code jwk-set-uri}, {@code public-key-location}) set, bearer JWTs from that issuer and {@link #jwt()}; otherwise
 * HTTP Basic against {@link #accounts()}.
 *
 * @param accounts local accounts for the embedded default, each with a {@code {bcrypt}} password hash
 * @param jwt      where a token carries the caller's roles and name
 * @param throttle how failed sign-ins against the local accounts are slowed down
 */
@ConfigurationProperties("complaint-ledger.access")
public record AccessProperties(List<Account> accounts, @DefaultValue Jwt jwt, @DefaultValue Throttle throttle) {

    public AccessProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /**
     * @param password a password hash such as {@code {bcrypt}$2a$10$...}, never the password itself
     */
    public record Account(String username, String password, List<Role> roles) {
    }

    /**
     * @param rolesClaim     the claim listing the caller's roles ({@code officer}, ...); a dotted path reaches into a
     *                       nested claim, e.g. {@code realm_access.roles}
     * @param principalClaim the claim naming the caller, as investigator grants and the record name them
     */
    public record Jwt(@DefaultValue("roles") String rolesClaim, @DefaultValue("sub") String principalClaim) {
    }

    /**
     * Failed sign-ins against the local accounts (docs/api.md, "Access"); a setting left out takes the default.
     *
     * @param accountFailures failures of one account, each within {@code window} of the one before, that lock it
     * @param addressFailures the same from one client address: more, as many people may share one address
     * @param window          how long a failure is remembered after the last one
     * @param firstLock       the first lock; it doubles with every further failure
     * @param longestLock     the longest lock, however many failures: kept short so a guesser cannot keep a real
     *                        user out for long
     * @param mostTracked     most accounts, most addresses, and most addresses known for an account, kept in memory
     *                        (the least recently used go first)
     */
    public record Throttle(Integer accountFailures, Integer addressFailures, Duration window, Duration firstLock,
            Duration longestLock, Integer mostTracked) {

        public Throttle {
            accountFailures = atLeastOne("account-failures", accountFailures, 5);
            addressFailures = atLeastOne("address-failures", addressFailures, 20);
            window = positive("window", window, Duration.ofMinutes(15));
            firstLock = positive("first-lock", firstLock, Duration.ofSeconds(30));
            longestLock = positive("longest-lock", longestLock, Duration.ofMinutes(5));
            mostTracked = atLeastOne("most-tracked", mostTracked, 10_000);
        }

        static Throttle defaults() {
            return new Throttle(null, null, null, null, null, null);
        }

        private static int atLeastOne(String name, Integer value, int otherwise) {
            if (value != null && value < 1) {
                throw new IllegalArgumentException("complaint-ledger.access.throttle." + name + " must be at least 1");
            }
            return value == null ? otherwise : value;
        }

        private static Duration positive(String name, Duration value, Duration otherwise) {
            if (value != null && (value.isNegative() || value.isZero())) {
                throw new IllegalArgumentException("complaint-ledger.access.throttle." + name + " must be positive");
            }
            return value == null ? otherwise : value;
        }
    }
}
