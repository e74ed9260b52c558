package org.complaintledger.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintledger.http.LedgerClient;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.complaintledger.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** HTTP Basic against the local accounts: refusals are problem details with a Basic challenge, and nothing sticks. */
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
