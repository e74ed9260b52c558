package org.complaintledger.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintledger.http.LedgerClient;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every answer, refusals, errors and the actuator's included, carries a Content-Security-Policy under which nothing
 * loads or frames it, and asks browsers not to send its address on (the 429 is in {@link SignInHttpTest}).
 */
@LedgerTest
class AnswerHeadersHttpTest {

    @LocalServerPort
    int port;

    static void assertHardened(Reply reply) {
        assertThat(reply.raw().headers().allValues("Content-Security-Policy")).as("Content-Security-Policy")
                .containsExactly("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        assertThat(reply.raw().headers().allValues("Referrer-Policy")).as("Referrer-Policy")
                .containsExactly("no-referrer");
    }

    @Test
    void onAnAnswer() {
        Reply answered = new LedgerClient(port).get("/api/due-steps");

        assertThat(answered.status()).isEqualTo(200);
        assertHardened(answered);
    }

    @Test
    void onAnUnauthenticatedRefusal() {
        Reply refused = LedgerClient.anonymous(port).get("/api/due-steps");

        assertThat(refused.status()).isEqualTo(401);
        assertHardened(refused);
    }

    @Test
    void onAForbiddenRefusal() {
        Reply refused = new LedgerClient(port, Role.ANALYST).get("/api/due-steps");

        assertThat(refused.status()).isEqualTo(403);
        assertHardened(refused);
    }

    @Test
    void onANotFound() {
        Reply missing = new LedgerClient(port).get("/api/reports/no-such-report");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertHardened(missing);
    }

    @Test
    void onABadRequestsProblemDetails() {
        Reply refused = new LedgerClient(port).post("/api/complaints", "{not json");

        assertThat(refused.status()).isEqualTo(400);
        assertHardened(refused);
    }

    @Test
    void onTheActuatorAndTheApiDescription() {
        LedgerClient anyone = LedgerClient.anonymous(port);
        for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/v3/api-docs"}) {
            Reply answered = anyone.get(path);

            assertThat(answered.status()).as(path).isEqualTo(200);
            assertHardened(answered);
        }
    }
}
