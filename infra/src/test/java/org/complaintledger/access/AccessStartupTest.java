package org.complaintledger.access;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.complaintledger.LedgerApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** With no JWT issuer and no local accounts, no one could sign in: the ledger refuses to start, saying why. */
class AccessStartupTest {

    @TempDir
    Path home;

    @Test
    void refusesToStartWithNoWayToSignIn() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(LedgerApplication.class).run(
                "--complaint-ledger.access.accounts=",
                "--complaint-ledger.embedded-postgres.data-directory=" + home.resolve("data"),
                "--complaint-ledger.embedded-postgres.port=0",
                "--server.port=0").close())
                .hasStackTraceContaining("no way to sign in: configure local accounts");
    }

    /** The embedded server started before the refusal; it removes its pid file last as it stops. */
    @AfterEach
    void serverStopped() {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !Files.exists(home.resolve("data").resolve("postmaster.pid")));
    }
}
