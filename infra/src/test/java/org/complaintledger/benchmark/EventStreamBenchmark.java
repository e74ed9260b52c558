package org.complaintledger.benchmark;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.complaintledger.eventstream.EventStreamProperties;
import org.complaintledger.eventstream.EventStreamPublisher;
import org.complaintledger.eventstream.StreamBenchmarkParts;
import org.complaintledger.personaldata.KeyEncryptionKeys;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.StoredEvent;
import org.complaintledger.provenance.AppendSeals;
import org.complaintledger.selfcheck.LedgerWriter;
import org.complaintledger.selfcheck.SampleComplaints;
import org.complaintledger.testsupport.MigratedBefore;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.util.FileSystemUtils;

/**
 * The event stream's publishing rate, as a plain program (never run by {@code mvn verify}). On a fresh embedded
 * PostgreSQL 18 (durable settings) holding {@code benchmark.events} events already in the ledger (complaints of 3 to 8
 * events with sealed JSON payloads, interleaved, chained and admitted as leaves), and one KRaft broker in this JVM
 * (3 partitions, its log in a temporary directory):
 * <ol>
 *     <li>reading the events in stream order in pages of each batch size, without publishing: the ceiling;</li>
 *     <li>for each batch size in {@code benchmark.batchSizes}, the publisher as the ledger runs it (transactional
 *         producer, acks=all, a position update per batch) publishing every event to a topic of its own from stream
 *         position 0, timed from start until the stored position reaches the head.</li>
 * </ol>
 * See docs/benchmarks.md for the command line and the figures seen.
 */
public final class EventStreamBenchmark {

    private final int events = Integer.getInteger("benchmark.events", 100_000);
    private final List<Integer> batchSizes = java.util.Arrays.stream(
            System.getProperty("benchmark.batchSizes", "100,500,2000").split(",")).map(Integer::parseInt).toList();

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("ledger-event-stream-benchmark-");
        System.out.printf("%ncomplaint-ledger event stream benchmark, %s%n", Instant.now());
        BenchmarkApplication.printMachine(root);
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperty("transaction.state.log.replication.factor", "1");
        broker.brokerProperty("transaction.state.log.min.isr", "1");
        broker.brokerProperty("log.dir", root.resolve("kafka").toString());
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(root.resolve("data"))
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setRegisterShutdownHook(false)
                .start()) {
            broker.afterPropertiesSet();
            new EventStreamBenchmark().run(server.getPostgresDatabase(), broker.getBrokersAsString());
        } finally {
            broker.destroy();
            FileSystemUtils.deleteRecursively(root);
            System.out.printf("server and broker stopped; deleted %s%n", root);
        }
    }

    private void run(DataSource database, String bootstrapServers) throws Exception {
        MigratedBefore.migrateAll(database);
        write(database);
        for (int batchSize : batchSizes) {
            long started = System.nanoTime();
            long read = StreamBenchmarkParts.readOnly(database, batchSize);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("read only, pages of %,d: %,d events in %.2f s: %,.0f events/s%n", batchSize, read,
                    seconds, read / seconds);
        }
        // Warm-up: the first transactional producer creates the broker's transaction log, and the JIT compiles.
        publish(database, bootstrapServers, "benchmark-warm-up", batchSizes.getFirst());
        for (int batchSize : batchSizes) {
            String loadBefore = loadAverage();
            double seconds = publish(database, bootstrapServers, "benchmark-batch-" + batchSize, batchSize);
            System.out.printf("published, batches of %,d: %,d events in %.2f s: %,.0f events/s (load average %s -> "
                    + "%s)%n", batchSize, events, seconds, events / seconds, loadBefore, loadAverage());
        }
    }

    /** Seconds the publisher took from its start until the stored position of a topic of its own reached the head. */
    private double publish(DataSource database, String bootstrapServers, String topic, int batchSize)
            throws InterruptedException {
        EventStreamProperties properties = new EventStreamProperties(bootstrapServers, topic, null, batchSize,
                Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(1), Map.of());
        EventStreamPublisher publisher = StreamBenchmarkParts.publisher(properties, database, new SimpleMeterRegistry());
        long started = System.nanoTime();
        publisher.start();
        while (StreamBenchmarkParts.nextPosition(database, topic) < events) {
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        publisher.stop();
        return seconds;
    }

    /** The machine's 1-minute load average: other work on the same cores moves every figure here. */
    private static String loadAverage() throws java.io.IOException {
        Path proc = Path.of("/proc/loadavg");
        return Files.exists(proc) ? Files.readString(proc).split(" ")[0] : "?";
    }

    private void write(DataSource database) throws Exception {
        byte[] kek = new byte[32];
        new SecureRandom().nextBytes(kek);
        AppendSeals seals = new AppendSeals(new KeyEncryptionKeys(Map.of("kek-1", new SecretKeySpec(kek, "AES")),
                "kek-1", new SecureRandom()));
        SampleComplaints complaints = new SampleComplaints(2026, Instant.parse("2024-04-01T08:00:00Z"));
        long started = System.nanoTime();
        int written = 0;
        long bytes = 0;
        try (Connection connection = database.getConnection()) {
            LedgerWriter writer = new LedgerWriter(connection, seals, LedgerKeys.generate());
            while (written < events) {
                List<StoredEvent> batch = complaints.events(1_000);
                batch = batch.subList(0, Math.min(batch.size(), events - written));
                writer.write(batch);
                written += batch.size();
                bytes += batch.stream().mapToLong(event -> event.payload().length).sum();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            }
        }
        System.out.printf("ledger written in %.1f s: %,d events, payloads %.0f bytes on average%n",
                (System.nanoTime() - started) / 1e9, written, (double) bytes / written);
    }
}
