package org.complaintledger.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.investigatoraccess.InvestigatorAccess;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An investigator grant's lock waits at most {@link CommandLocks#LONGEST_WAIT}, as a complaint's does: a step behind
 * one stuck on the same grant is answered 503 with Retry-After after 3 s, not after Axon's default 60 s.
 */
@LedgerTest
class BoundedLockWaitHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Configuration axon;

    @Test
    void aRevocationBehindAStepHoldingTheGrantsLockIsRefusedAfterThreeSeconds() throws Exception {
        LedgerClient ledger = new LedgerClient(port);
        String grants = "/api/complaints/" + ledger.logComplaint() + "/investigator-grants";
        String grantId = ledger.post(grants, """
                {"investigator": "Ivy", "expiresAt": "2099-12-31T17:00:00Z", "reason": "HOS 202512345"}""")
                .body().get("id").asString();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // A step on the grant that has loaded it (taking its lock) and not finished, as one stuck on the database.
        Thread stuck = Thread.ofPlatform().start(() -> DefaultUnitOfWork.startAndGet(null).execute(() -> {
            axon.repository(InvestigatorAccess.class).load(grantId);
            held.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            LedgerClient.Reply revoked = ledger.post(grants + "/" + grantId + "/revocation", "{}");
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(revoked.status()).as(revoked.body().toString()).isEqualTo(503);
            assertThat(revoked.raw().headers().firstValue("Retry-After")).isPresent();
            assertThat(waited).isBetween(CommandLocks.LONGEST_WAIT.minusMillis(500), Duration.ofSeconds(10));
        } finally {
            release.countDown();
            stuck.join();
        }
        // Once the stuck step is over, the grant takes steps again.
        assertThat(ledger.post(grants + "/" + grantId + "/revocation", "{}").status()).isEqualTo(200);
    }
}
