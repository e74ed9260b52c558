package org.complaintledger.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintledger.http.LedgerClient;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.complaintledger.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HTTP Basic against the local accounts: refusals are problem details with a Basic challenge, nothing sticks, and an
 * account that failed too often is refused with 429 before its password is checked (the throttle's arithmetic is in
 * {@link SignInThrottleTest}). The tests in this application share one throttle and one client address: together
 * they fail well under the address's 20 (docs/api.md, "Sign in").
 */
@LedgerTest
class SignInHttpTest {

    @LocalServerPort
    int port;

    @Test
    void aWrongPasswordIsUnauthenticatedWithABasicChallenge() {
        Reply refused = new LedgerClient(port, "officer", "not-the-password").get("/api/due-steps");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body().get("detail").asString()).isEqualTo("the account or password was not accepted");
        assertThat(refused.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm=\"complaint-ledger\""));
    }

    @Test
    void fiveWrongPasswordsForAnAccountThenItIsRefusedWith429AndRetryAfterUnchecked() {
        // An account of its own (unknown accounts are throttled like real ones), so no other test is locked out.
        LedgerClient guesser = new LedgerClient(port, "throttled-probe", "guess");
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.get("/api/due-steps").status()).isEqualTo(401);
        }

        Reply throttled = guesser.get("/api/due-steps");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.raw().headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 30));
        assertThat(throttled.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(throttled.body().get("type").asString()).isEqualTo("urn:complaint-ledger:problem:sign-in-throttled");
        assertThat(throttled.body().get("status").asInt()).isEqualTo(429);
        AnswerHeadersHttpTest.assertHardened(throttled);
        assertThat(new LedgerClient(port).get("/api/due-steps").status()).as("another account").isEqualTo(200);
    }

    @Test
    void anUnknownAccountIsUnauthenticated() {
        assertThat(new LedgerClient(port, "nobody", TestAccounts.PASSWORD).get("/api/due-steps").status())
                .isEqualTo(401);
    }

    @Test
    void noSessionIsKept() {
        Reply answered = new LedgerClient(port).get("/api/due-steps");

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.raw().headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theDemoAccountsOfApplicationYmlAreReplacedByTheTestAccounts() {
        assertThat(new LedgerClient(port, "demo-officer", "officer-demo-password").get("/api/due-steps").status())
                .isEqualTo(401);
    }
}
