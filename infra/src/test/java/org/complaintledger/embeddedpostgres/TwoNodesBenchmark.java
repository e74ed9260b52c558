package org.complaintledger.embeddedpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.testsupport.TestAccounts;
import org.springframework.util.FileSystemUtils;

/**
 * Requests per second from one node and from two nodes on one PostgreSQL (docs/benchmarks.md, "Two nodes"): the same
 * closed-loop HTTP clients (each logs a complaint, adds an issue to it and reads its record, over and over) sent all
 * to one node, then split between two. Not a test: run it with exec:java (docs/benchmarks.md).
 */
public final class TwoNodesBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    private static final long WARM_UP_MILLIS = Long.getLong("benchmark.warmUpSeconds", 10) * 1000;
    private static final long MEASURE_MILLIS = Long.getLong("benchmark.measureSeconds", 20) * 1000;

    private TwoNodesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("two-nodes-benchmark");
        // Durable, as the ledger's own embedded default is: fsync and synchronous commit on.
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(home.resolve("data"))
                .setCleanDataDirectory(true).setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").start()) {
            String url = "jdbc:postgresql://localhost:" + database.getPort() + "/postgres";
            List<String> shared = new ArrayList<>(List.of("--spring.datasource.username=postgres",
                    "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
            shared.addAll(TestAccounts.arguments());
            shared.addAll(TestKeyEncryptionKey.arguments(home));
            shared.add(TestSigningKey.argument(home));
            try (LedgerProcess a = LedgerProcess.start(with(shared, url, "node-a"))) {
                int portA = port(a);
                measure("one node, JVM still warming up (not compared)", List.of(portA, portA));
                double two;
                try (LedgerProcess b = LedgerProcess.start(with(shared, url, "node-b"))) {
                    two = measure("two nodes", List.of(portA, port(b)));
                }
                double one = measure("one node again", List.of(portA, portA));
                System.out.printf("two nodes / one node: %.2f%n", two / one);
            }
        } finally {
            FileSystemUtils.deleteRecursively(home);
        }
    }

    /** Requests answered 2xx per second, {@code CLIENTS} clients spread over {@code ports}. */
    private static double measure(String label, List<Integer> ports) throws Exception {
        List<OutageLoad> loads = new ArrayList<>();
        for (int port : ports) {
            loads.add(new OutageLoad(port, CLIENTS / ports.size(), Integer.MAX_VALUE));
        }
        try {
            // the sleeps are the benchmark's windows: the load runs for a fixed time and is counted at its ends
            Thread.sleep(WARM_UP_MILLIS);
            long before = acknowledged(loads);
            long started = System.nanoTime();
            Thread.sleep(MEASURE_MILLIS);
            double perSecond = (acknowledged(loads) - before) / ((System.nanoTime() - started) / 1e9);
            long refused = loads.stream().flatMap(load -> load.answers().stream())
                    .filter(answer -> answer.status() / 100 != 2).count();
            System.out.printf("%s: %d clients, %.0f requests/s answered 2xx (%d not 2xx)%n", label, CLIENTS,
                    perSecond, refused);
            return perSecond;
        } finally {
            for (OutageLoad load : loads) {
                load.close();
            }
        }
    }

    private static long acknowledged(List<OutageLoad> loads) {
        return loads.stream().mapToLong(OutageLoad::acknowledged).sum();
    }

    private static int port(LedgerProcess process) {
        return Integer.parseInt(process.context().getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static String[] with(List<String> shared, String url, String node) {
        List<String> arguments = new ArrayList<>(shared);
        arguments.add("--spring.datasource.url=" + url);
        arguments.add("--complaint-ledger.node.id=" + node);
        return arguments.toArray(String[]::new);
    }
}
