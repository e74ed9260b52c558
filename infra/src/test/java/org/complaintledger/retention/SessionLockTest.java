package org.complaintledger.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The retention run's lock: while one holder runs, another (another node) does not, and afterwards it may. */
class SessionLockTest {

    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void oneHolderAtATimeAndFreeAgainAfterwards() {
        SessionLock atA = new SessionLock(server.getPostgresDatabase(), SessionLock.RETENTION);
        SessionLock atB = new SessionLock(server.getPostgresDatabase(), SessionLock.RETENTION);
        AtomicBoolean ranAtB = new AtomicBoolean();

        boolean ranAtA = atA.whileHeld(() -> assertThat(atB.whileHeld(() -> ranAtB.set(true))).isFalse());

        assertThat(ranAtA).isTrue();
        assertThat(ranAtB).isFalse();
        assertThat(atB.whileHeld(() -> ranAtB.set(true))).as("after a's run").isTrue();
        assertThat(ranAtB).isTrue();
    }
}
