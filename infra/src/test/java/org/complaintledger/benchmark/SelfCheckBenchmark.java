package org.complaintledger.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.complaintledger.personaldata.KeyEncryptionKeys;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.StoredEvent;
import org.complaintledger.provenance.AppendSeals;
import org.complaintledger.selfcheck.CanonicalEncoding;
import org.complaintledger.selfcheck.LedgerVerification;
import org.complaintledger.selfcheck.LedgerWriter;
import org.complaintledger.selfcheck.SampleComplaints;
import org.complaintledger.selfcheck.SelfCheckQueries;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.complaintledger.testsupport.MigratedBefore;
import org.springframework.util.FileSystemUtils;

/**
 * The self-check's speed target of issue 10, as a plain program (never run by {@code mvn verify}): verifying the
 * whole ledger runs at no less than half the raw single-threaded SHA-256 throughput of the same bytes on the same
 * machine. On a fresh embedded PostgreSQL 18 (its own server, durable settings), in one JVM:
 * <ol>
 *     <li>a ledger of {@code benchmark.events} events (complaints of 3 to 8 events with sealed JSON payloads,
 *         interleaved), written straight into the tables as the ledger would have them: chained, sealed, admitted
 *         as leaves with their subtrees, and a checkpoint signed every {@code benchmark.checkpointEvery} events;
 *         then VACUUM ANALYZE, as autovacuum would leave it;</li>
 *     <li>raw SHA-256, one thread, one reused digest: over each event's canonical encoding (docs/proofs.md,
 *         section 1, with its previous hash: the very bytes the self-check hashes, held in memory, checked against
 *         {@link EventHash}), and over one buffer of the same total length;</li>
 *     <li>the verification ({@code LedgerVerification}, as the self-check runs it: one read-only repeatable-read
 *         transaction), a warm-up run and then {@code benchmark.runs} measured, each timed whole, with the time of
 *         each pass.</li>
 * </ol>
 * See docs/benchmarks.md for the command line and the figures seen.
 */
public final class SelfCheckBenchmark {

    private final int events = Integer.getInteger("benchmark.events", 250_000);
    private final int checkpointEvery = Integer.getInteger("benchmark.checkpointEvery", 5_000);
    private final int runs = Integer.getInteger("benchmark.runs", 5);
    private final int hashingThreads = Integer.getInteger("benchmark.hashingThreads",
            Runtime.getRuntime().availableProcessors() - 1);

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("ledger-self-check-benchmark-");
        System.out.printf("%ncomplaint-ledger self-check benchmark, %s%n", Instant.now());
        BenchmarkApplication.printMachine(root);
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(root.resolve("data"))
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setRegisterShutdownHook(false)
                .start()) {
            long postmaster = Long.parseLong(Files.readAllLines(root.resolve("data").resolve("postmaster.pid"))
                    .getFirst().strip());
            new SelfCheckBenchmark().run(server.getPostgresDatabase(), postmaster);
        } finally {
            FileSystemUtils.deleteRecursively(root);
            System.out.printf("server stopped; deleted %s%n", root);
        }
    }

    private void run(DataSource database, long postmaster) throws Exception {
        MigratedBefore.migrateAll(database);
        byte[] kek = new byte[32];
        new SecureRandom().nextBytes(kek);
        AppendSeals seals = new AppendSeals(new KeyEncryptionKeys(Map.of("kek-1", new SecretKeySpec(kek, "AES")),
                "kek-1", new SecureRandom()));
        List<byte[]> encodings = write(database, seals);
        long bytes = encodings.stream().mapToLong(encoding -> encoding.length).sum();
        System.out.printf("encodings: %,d events, %,d bytes (%.1f MB), %.0f bytes an event on average%n",
                encodings.size(), bytes, bytes / 1e6, (double) bytes / encodings.size());

        double perEvent = rawPerEvent(encodings);
        double contiguous = rawContiguous(bytes);
        System.out.printf("raw SHA-256, one thread: %.1f MB/s over each event's encoding, %.1f MB/s over one buffer "
                + "of the same length%n", perEvent / 1e6, contiguous / 1e6);
        encodings = null;  // the verification must not find the ledger in this heap

        // What reading alone costs, nothing parsed or hashed: the ceiling any verification from this database has.
        readOnly(database, "binary COPY of the events alone", "SELECT * FROM domain_event_entry", bytes, perEvent);
        readOnly(database, "binary COPY of the self-check's event query", SelfCheckQueries.EVENTS, bytes, perEvent);

        List<Double> rates = new ArrayList<>();
        try (Connection monitor = database.getConnection()) {
        for (int run = 0; run <= runs; run++) {
            Counters before = Counters.read(monitor, postmaster);
            long started = System.nanoTime();
            LedgerVerification.Verified verified = verify(database, seals);
            double seconds = (System.nanoTime() - started) / 1e9;
            Counters.Cost cost = Counters.read(monitor, postmaster).since(before, 1);
            if (!verified.passed() || verified.events() != events) {
                throw new IllegalStateException("the written ledger did not verify: " + verified);
            }
            double rate = verified.bytesHashed() / seconds;
            System.out.printf("%s: %,d events, %,d leaves, %,d checkpoints, %,d bytes hashed in %.3f s: %,.0f events/s, "
                            + "%.1f MB/s = %.3f of raw (per event), %.3f of raw (one buffer); passes %s; CPU cores: this "
                            + "JVM %.2f, PostgreSQL %.2f, anything else %.2f%n",
                    run == 0 ? "warm-up " : "run " + run, verified.events(), verified.leaves(), verified.checkpoints(),
                    verified.bytesHashed(), seconds, verified.events() / seconds, rate / 1e6, rate / perEvent,
                    rate / contiguous, verified.passTimes(), cost.jvmCores(), cost.postgresCores(), cost.otherCores());
            if (run > 0) {
                rates.add(rate);
            }
        }
        }
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        System.out.printf("verification, median of %d runs (%d hashing threads): %.1f MB/s; ratio to raw SHA-256 "
                        + "%.3f (per event), %.3f (one buffer); target >= 0.5%n", runs, hashingThreads, median / 1e6,
                median / perEvent, median / contiguous);
    }

    /** Writes the ledger a checkpoint at a time; answers each event's encoding, in the order written. */
    private List<byte[]> write(DataSource database, AppendSeals seals) throws Exception {
        KeyPair key = LedgerKeys.generate();
        SampleComplaints complaints = new SampleComplaints(2026, Instant.parse("2024-04-01T08:00:00Z"));
        List<byte[]> encodings = new ArrayList<>(events);
        Map<String, byte[]> lastHash = new HashMap<>();
        MessageDigest digest = EventHash.sha256();
        long started = System.nanoTime();
        try (Connection connection = database.getConnection()) {
            LedgerWriter writer = new LedgerWriter(connection, seals, key);
            Instant at = Instant.parse("2024-04-01T09:00:00Z");
            while (encodings.size() < events) {
                List<StoredEvent> batch = complaints.events(checkpointEvery / 5);
                batch = batch.subList(0, Math.min(batch.size(), events - encodings.size()));
                for (StoredEvent event : batch) {
                    byte[] previous = event.sequenceNumber() == 0 ? EventHash.NONE_BEFORE
                            : lastHash.get(event.aggregateIdentifier());
                    byte[] encoding = CanonicalEncoding.of(event, previous);
                    byte[] hash = EventHash.of(event, previous, digest);
                    if (!Arrays.equals(digest.digest(encoding), hash)) {
                        throw new IllegalStateException("the benchmark's encoding is not the one EventHash hashes");
                    }
                    lastHash.put(event.aggregateIdentifier(), hash);
                    encodings.add(encoding);
                }
                writer.write(batch);
                writer.checkpoint(at = at.plusSeconds(3_600));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            }
        }
        System.out.printf("ledger written in %.1f s: %,d events%n", (System.nanoTime() - started) / 1e9,
                encodings.size());
        return encodings;
    }

    /** Bytes per second: the best of five rounds over every encoding, each a message of its own. */
    private static double rawPerEvent(List<byte[]> encodings) {
        MessageDigest digest = EventHash.sha256();
        long bytes = encodings.stream().mapToLong(encoding -> encoding.length).sum();
        double best = 0;
        byte sink = 0;
        for (int round = 0; round < 6; round++) {
            long started = System.nanoTime();
            for (byte[] encoding : encodings) {
                digest.update(encoding);
                sink ^= digest.digest()[0];
            }
            best = Math.max(best, bytes / ((System.nanoTime() - started) / 1e9));
        }
        return sink == 42 ? best + 0 : best;
    }

    /** Bytes per second over one 64 KB buffer hashed again and again, {@code bytes} in all: the best of five. */
    private static double rawContiguous(long bytes) {
        MessageDigest digest = EventHash.sha256();
        byte[] buffer = new byte[65_536];
        new SecureRandom().nextBytes(buffer);
        double best = 0;
        for (int round = 0; round < 6; round++) {
            long started = System.nanoTime();
            for (long left = bytes; left > 0; left -= buffer.length) {
                digest.update(buffer, 0, (int) Math.min(buffer.length, left));
            }
            digest.digest();
            best = Math.max(best, bytes / ((System.nanoTime() - started) / 1e9));
        }
        return best;
    }

    /** Streams a query's binary COPY and drops it; prints how fast, against the event bytes it carries. */
    private static void readOnly(DataSource database, String what, String query, long eventBytes, double raw)
            throws Exception {
        double best = 0;
        long streamed = 0;
        for (int round = 0; round < 4; round++) {
            try (Connection connection = database.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(SelfCheckQueries.JOIN_MEMORY);
                }
                long started = System.nanoTime();
                streamed = 0;
                try (PGCopyInputStream copy = new PGCopyInputStream(connection.unwrap(PGConnection.class),
                        "COPY (" + query + ") TO STDOUT (FORMAT binary)")) {
                    byte[] buffer = new byte[1 << 16];
                    for (int read; (read = copy.read(buffer)) > 0; ) {
                        streamed += read;
                    }
                }
                best = Math.max(best, eventBytes / ((System.nanoTime() - started) / 1e9));
                connection.rollback();
            }
        }
        System.out.printf("%s, nothing parsed or hashed: %,d bytes streamed; %.1f MB/s of event bytes = %.3f of raw "
                + "(per event), best of 4%n", what, streamed, best / 1e6, best / raw);
    }

    private LedgerVerification.Verified verify(DataSource database, AppendSeals seals) throws Exception {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return new LedgerVerification(seals, hashingThreads).verify(connection);
            } finally {
                connection.rollback();
            }
        }
    }
}
