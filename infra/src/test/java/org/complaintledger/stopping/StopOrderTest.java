package org.complaintledger.stopping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.complaintledger.LedgerApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The ledger as an operator runs it, in a JVM of its own, stopped as a service manager stops it (SIGTERM): requests
 * drained first, then the event processors and background work, the embedded PostgreSQL last, within 10 s, and not one
 * warning, error or stack trace on the way.
 */
class StopOrderTest {

    private static final Duration START_WAIT = Duration.ofSeconds(120);
    private static final long STOP_SECONDS = 10;

    private Path home;
    private Process ledger;

    @BeforeEach
    void createHome() throws IOException {
        home = Files.createTempDirectory("ledger-stop-order-");
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (ledger != null && ledger.isAlive()) {
            ledger.destroyForcibly();
        }
        FileSystemUtils.deleteRecursively(home);
    }

    @Test
    void stopsInOrderAndQuietlyOnSigterm() throws Exception {
        Path dataDirectory = home.resolve("data");
        Path log = home.resolve("ledger.log");
        int port = freePort();
        ledger = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // Tomcat's working files in the test's own directory; PostgreSQL's binaries where the tests keep them
                "-Djava.io.tmpdir=" + Files.createDirectory(home.resolve("tmp")),
                "-Dot.epg.working-dir=" + Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg"),
                LedgerApplication.class.getName(),
                "--server.port=" + port,
                "--complaint-ledger.embedded-postgres.data-directory=" + dataDirectory,
                // the lines this test reads, whatever a quieter test logging configuration says
                "--logging.level.org.complaintledger.stopping=INFO",
                "--logging.level.org.complaintledger.embeddedpostgres=INFO",
                "--logging.level.org.axonframework.eventhandling.TrackingEventProcessor=INFO")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        HttpClient http = HttpClient.newHttpClient();
        URI health = URI.create("http://localhost:" + port + "/actuator/health");
        await().atMost(START_WAIT).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> !ledger.isAlive() || http.send(HttpRequest.newBuilder(health).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        assertThat(ledger.isAlive()).as("started; its log:%n%s", Files.readString(log)).isTrue();

        ledger.destroy();  // SIGTERM
        boolean exited = ledger.waitFor(STOP_SECONDS, TimeUnit.SECONDS);

        String output = Files.readString(log);
        assertThat(exited).as("exited within %d s of SIGTERM; its log:%n%s", STOP_SECONDS, output).isTrue();
        List<String> lines = Files.readAllLines(log);
        int first = indexOf(lines, "Stopping: draining requests");
        assertThat(first).as("stopping begins by draining requests; its log:%n%s", output).isNotNegative();
        List<String> stopping = lines.subList(first, lines.size());
        assertThat(stopping).as("what it logged while stopping")
                .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR ")
                        || line.contains("Exception") || line.startsWith("\tat ") || line.contains("FATAL"));
        assertThat(indexOf(stopping, "Stopping: requests drained, web server stopped"))
                .as("requests drained before the processors stop; its log:%n%s", output)
                .isNotNegative()
                .isLessThan(indexOf(stopping, "Stopping: event processors and background work stopped"));
        assertThat(indexOf(stopping, "Shutdown state set for Processor"))
                .as("event processors stop once requests are drained")
                .isGreaterThan(indexOf(stopping, "Stopping: requests drained, web server stopped"))
                .isLessThan(indexOf(stopping, "Stopping: event processors and background work stopped"));
        assertThat(indexOf(stopping, "Stopping: event processors and background work stopped"))
                .as("the database stops last")
                .isLessThan(indexOf(stopping, "Stopping: embedded PostgreSQL stopped, its cluster kept in "
                        + dataDirectory.toAbsolutePath().normalize()));
        assertThat(dataDirectory.resolve("postmaster.pid")).as("PostgreSQL stopped with the ledger").doesNotExist();
        assertThat(dataDirectory.resolve("PG_VERSION")).as("its cluster kept").exists();
        assertThat(ledger.exitValue()).as("exit status on SIGTERM").isIn(0, 143);
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
