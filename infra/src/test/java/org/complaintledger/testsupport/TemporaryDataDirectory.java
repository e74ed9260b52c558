package org.complaintledger.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A temporary home for the embedded PostgreSQL cluster and Tomcat's working files of one test application context,
 * deleted when the context closes.
 */
final class TemporaryDataDirectory implements DisposableBean {

    /** PostgreSQL removes its pid file last on a clean shutdown; a server stopped from elsewhere may still be at it. */
    private static final Duration SERVER_STOP_WAIT = Duration.ofSeconds(15);

    private final Path root;

    private TemporaryDataDirectory(Path root) {
        this.root = root;
    }

    /**
     * Registered before the context refreshes, so it is the first disposable bean and therefore destroyed last: after
     * the embedded server, which Spring stops while destroying the context's own beans.
     */
    static TemporaryDataDirectory register(ConfigurableApplicationContext context) {
        try {
            TemporaryDataDirectory directory = new TemporaryDataDirectory(Files.createTempDirectory("ledger-test-pg-"));
            ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("ledgerTestDataDirectory", directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, String> embeddedPostgresProperties() {
        return Map.of(
                "complaint-ledger.embedded-postgres.data-directory", dataDirectory().toString(),
                "complaint-ledger.embedded-postgres.port", "0");
    }

    /** Tomcat's base directory (its work files), which Boot would otherwise create in the system's temporary folder. */
    Map<String, String> tomcatProperties() {
        return Map.of("server.tomcat.basedir", root.resolve("tomcat").toString());
    }

    Path dataDirectory() {
        return root.resolve("data");
    }

    @Override
    public void destroy() throws IOException, InterruptedException {
        awaitServerStopped();
        delete();
    }

    /** Until the pid file is gone: woken by its deletion (the directory watched before looking, so none is missed). */
    private void awaitServerStopped() throws IOException, InterruptedException {
        Path data = dataDirectory();
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isDirectory(data)) {
            return;
        }
        Instant giveUp = Instant.now().plus(SERVER_STOP_WAIT);
        try (WatchService deletions = data.getFileSystem().newWatchService()) {
            data.register(deletions, StandardWatchEventKinds.ENTRY_DELETE);
            while (Files.exists(pidFile) && Instant.now().isBefore(giveUp)) {
                WatchKey key = deletions.poll(Duration.between(Instant.now(), giveUp).toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    return;
                }
                key.pollEvents();
                key.reset();
            }
        }
    }

    void delete() {
        try {
            FileSystemUtils.deleteRecursively(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
