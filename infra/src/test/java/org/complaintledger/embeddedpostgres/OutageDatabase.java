package org.complaintledger.embeddedpostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The ledger's database in a test that takes it away: stopped as an operator's restart would stop it, or paused (every
 * PostgreSQL process sent SIGSTOP) as a hung server or a network that drops packets would leave it, sockets open and
 * silent. It comes back on the same cluster and port.
 */
final class OutageDatabase implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;
    private boolean paused;

    OutageDatabase(Path dataDirectory) throws IOException {
        this.dataDirectory = dataDirectory;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    String jdbcUrl() {
        return jdbcUrl("postgres");
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    int port() {
        return port;
    }

    void start() throws IOException {
        server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)  // the second start finds the ledger as the first left it
                .setRegisterShutdownHook(false)
                .setPort(port)
                .start();
    }

    /** A fast shutdown: sessions are ended and their open transactions rolled back. */
    void stop() throws IOException, InterruptedException {
        resume();
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The postmaster first, so that it forks no new backend while the others are being stopped. */
    void pause() throws IOException, InterruptedException {
        long postmaster = postmaster();
        List<String> kill = new ArrayList<>(List.of("kill", "-STOP", Long.toString(postmaster)));
        ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(p -> kill.add(Long.toString(p.pid())));
        run(kill);
        paused = true;
    }

    void resume() throws IOException, InterruptedException {
        if (!paused) {
            return;
        }
        long postmaster = postmaster();
        List<String> kill = new ArrayList<>(List.of("kill", "-CONT"));
        ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(p -> kill.add(Long.toString(p.pid())));
        kill.add(Long.toString(postmaster));
        run(kill);
        paused = false;
    }

    /** The server's process id, which PostgreSQL keeps on the first line of its pid file. */
    private long postmaster() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().strip());
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IOException(command + " exited " + exit);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
    }
}
