package org.complaintledger.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Failed sign-ins are slowed down per account and per client address, before any bcrypt work: with the defaults, 5
 * failures of an account or 20 from an address (each within 15 minutes of the one before) lock it for 30 s, doubling
 * with each further failure up to 5 minutes; a locked account still signs in from an address it signed in from in the
 * last 30 days.
 */
class SignInThrottleTest {

    /** bcrypt of "secret" at cost 4. */
    private static final String HASH = "{bcrypt}$2a$04$S8GhTOQt1Qw5AbqL5.yotOh/fpz71T8T10BztAb5QzPTtYrIs0TXG";
    private static final String HERE = "192.0.2.1";
    private static final String ELSEWHERE = "198.51.100.7";
    private static final String HOME = "203.0.113.20";

    /** A clock the test moves on by hand. */
    private static final class Hands extends Clock {

        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    /** bcrypt that counts the hashes it checks: a throttled attempt must check none. */
    private static final class CountingBcrypt implements PasswordEncoder {

        private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        private int checked;

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checked++;
            return bcrypt.matches(raw, encoded);
        }
    }

    private final Hands clock = new Hands();
    private final CountingBcrypt bcrypt = new CountingBcrypt();
    private final LocalAccounts accounts = LocalAccounts.of(
            List.of(new AccessProperties.Account("officer", HASH, List.of(Role.OFFICER))), bcrypt,
            new SignInThrottle(AccessProperties.Throttle.defaults(), clock), clock);

    private Authentication signIn(String username, String password, String address) {
        UsernamePasswordAuthenticationToken request = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        request.setDetails(new WebAuthenticationDetails(address, null));
        return accounts.authenticate(request);
    }

    private void fail(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn(username, "guess", address)).isInstanceOf(BadCredentialsException.class);
        }
    }

    private long refusedFor(String username, String password, String address) {
        try {
            signIn(username, password, address);
        } catch (SignInThrottled throttled) {
            return throttled.retryAfterSeconds();
        }
        throw new AssertionError("the sign-in of " + username + " from " + address + " was not throttled");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheNextAttemptIsRefusedWithoutCheckingIt() {
        fail(5, "officer", HERE);
        int checkedBefore = bcrypt.checked;

        assertThat(refusedFor("officer", "secret", HERE)).isEqualTo(30);
        assertThat(refusedFor("officer", "guess", ELSEWHERE)).isEqualTo(30);
        assertThat(bcrypt.checked).as("bcrypt checks while locked").isEqualTo(checkedBefore);
    }

    @Test
    void fourWrongPasswordsDoNotLockTheAccount() {
        fail(4, "officer", HERE);

        assertThat(signIn("officer", "secret", HERE).isAuthenticated()).isTrue();
    }

    @Test
    void anUnknownAccountIsLockedLikeARealOneSoBeingThrottledDoesNotTellWhoExists() {
        fail(5, "nobody", HERE);

        assertThat(refusedFor("nobody", "guess", HERE)).isEqualTo(30);
    }

    @Test
    void anAddressIsLockedAfterTwentyFailuresAcrossAccountsButTheRightPasswordWorksFromAnotherAddress() {
        // Twenty accounts guessed four times each would never lock one account; the address is what guesses.
        for (int i = 0; i < 20; i++) {
            fail(1, "guessed-" + i, HERE);
        }
        int checkedBefore = bcrypt.checked;

        assertThat(refusedFor("officer", "secret", HERE)).isEqualTo(30);
        assertThat(bcrypt.checked).isEqualTo(checkedBefore);
        assertThat(signIn("officer", "secret", ELSEWHERE).isAuthenticated()).isTrue();
    }

    @Test
    void anIpv6AddressIsCountedByItsSlash64SoAGuesserCannotChangeAddressWithEveryGuess() {
        for (int i = 0; i < 20; i++) {
            fail(1, "guessed-" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }

        assertThat(refusedFor("officer", "secret", "2001:db8:1:2:ffff:ffff:ffff:ffff")).isEqualTo(30);
        assertThat(signIn("officer", "secret", "2001:db8:1:3::1").isAuthenticated()).isTrue();
        assertThat(SignInThrottle.network("2001:0db8:0001:0002:0000:0000:0000:0001"))
                .isEqualTo(SignInThrottle.network("2001:db8:1:2::99")).isEqualTo("20010db800010002::/64");
        assertThat(SignInThrottle.network("203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void guessesFromElsewhereDoNotKeepARealUserOutAtAnAddressTheySignedInFromBefore() {
        signIn("officer", "secret", HOME);
        fail(5, "officer", ELSEWHERE);

        assertThat(refusedFor("officer", "secret", ELSEWHERE)).isEqualTo(30);
        assertThat(refusedFor("officer", "secret", HERE)).isEqualTo(30);
        assertThat(signIn("officer", "secret", HOME).isAuthenticated()).isTrue();
    }

    @Test
    void anAddressIsKnownForThirtyDaysAfterTheLastSignInFromIt() {
        signIn("officer", "secret", HOME);
        clock.advance(Duration.ofDays(30));
        fail(5, "officer", ELSEWHERE);

        assertThat(refusedFor("officer", "secret", HOME)).isEqualTo(30);
    }

    @Test
    void theLockExpiresAndDoublesWithEachFurtherFailureUpToFiveMinutes() {
        fail(5, "officer", HERE);
        clock.advance(Duration.ofSeconds(29));
        assertThat(refusedFor("officer", "secret", HERE)).isEqualTo(1);

        // 30 s, then 60, 120, 240, and 480 capped to 300.
        for (long expected : new long[] {60, 120, 240, 300, 300}) {
            clock.advance(Duration.ofSeconds(1));
            fail(1, "officer", HERE);
            assertThat(refusedFor("officer", "secret", HERE)).isEqualTo(expected);
            clock.advance(Duration.ofSeconds(expected - 1));
        }
        clock.advance(Duration.ofSeconds(1));

        assertThat(signIn("officer", "secret", HERE).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulSignInForgetsTheAccountsFailures() {
        fail(4, "officer", HERE);
        signIn("officer", "secret", ELSEWHERE);
        fail(4, "officer", HERE);

        assertThat(signIn("officer", "secret", HERE).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulSignInDoesNotForgetTheAddresssFailures() {
        for (int i = 0; i < 19; i++) {
            fail(1, "guessed-" + i, HERE);
        }
        signIn("officer", "secret", HERE);
        fail(1, "guessed-19", HERE);

        assertThat(refusedFor("officer", "secret", HERE)).isEqualTo(30);
    }

    @Test
    void failuresFifteenMinutesApartAreNotCountedTogether() {
        for (int i = 0; i < 10; i++) {
            fail(1, "officer", HERE);
            clock.advance(Duration.ofMinutes(15));
        }

        assertThat(signIn("officer", "secret", HERE).isAuthenticated()).isTrue();
    }

    @Test
    void keepsAtMostSoManyKeysForgettingTheLeastRecentlyUsed() {
        FailedSignIns failures = new FailedSignIns(1, Duration.ofMinutes(15), Duration.ofSeconds(30),
                Duration.ofMinutes(5), 2);
        Instant now = clock.instant();
        failures.failed("a", now);
        failures.failed("b", now);
        failures.failed("c", now);

        assertThat(failures.lockedFor("a", now)).isEmpty();
        assertThat(failures.lockedFor("b", now)).isPresent();
        assertThat(failures.lockedFor("c", now)).isPresent();
    }

    @Test
    void refusesSettingsThatWouldNeverLockOrNeverUnlock() {
        assertThatThrownBy(() -> new AccessProperties.Throttle(0, null, null, null, null, null))
                .hasMessageContaining("complaint-ledger.access.throttle.account-failures");
        assertThatThrownBy(() -> new AccessProperties.Throttle(null, null, null, null, Duration.ZERO, null))
                .hasMessageContaining("complaint-ledger.access.throttle.longest-lock");
    }
}
