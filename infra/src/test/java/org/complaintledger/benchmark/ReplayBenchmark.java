package org.complaintledger.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.serialization.Serializer;
import org.complaintledger.embeddedpostgres.EmbeddedRoles;
import org.complaintledger.personaldata.PayloadSealing;
import org.complaintledger.personaldata.ResealedPayloads;
import org.complaintledger.personaldata.SubjectKeyStore;
import org.complaintledger.rebuild.ReadModelRebuilds;
import org.complaintledger.rebuild.RebuildProgress;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The replay target of issue 11, as a plain program (never run by {@code mvn verify}): rebuilding all projections
 * from a ledger of at least 1,000,000 events runs at least 20 times as fast as Axon's tracking event processors at
 * batch size 100 on the same events, and at least half as fast as a raw JDBC scan of the same rows with their payloads
 * deserialised. In one run, one JVM, on one fresh embedded PostgreSQL (the application's durable defaults):
 * <ol>
 *     <li>the demo ledger (two financial years of a 10,000-home landlord) recorded through the command side, then
 *         grown to {@code benchmark.events} events by {@link LedgerCopies} (copies of every complaint and lesson
 *         under new ids, sealed again), then VACUUM ANALYZE and a CHECKPOINT, as the server would be after a while;</li>
 *     <li>the raw scan ({@link RawEventScan}), {@code benchmark.scanRuns} times, the best counted;</li>
 *     <li>Axon's replay of every tracking processor ({@link TrackingReplay}), until all caught up or for
 *         {@code benchmark.trackingSeconds} at most;</li>
 *     <li>the ledger's own rebuild of all projections ({@link LedgerRebuild});</li>
 *     <li>the raw scan once more ({@code benchmark.scanAfter}), then the ratios, against the best raw scan.</li>
 * </ol>
 * The ledger's tree admission and checkpoints are off ({@code complaint-ledger.proof.*-interval=0}): the copies are
 * not chained, and admitting a million events would compete with what is measured. See docs/benchmarks.md.
 */
public final class ReplayBenchmark {

    private final long events = Long.getLong("benchmark.events", 1_000_000);
    private final int scanRuns = Integer.getInteger("benchmark.scanRuns", 2);
    private final boolean scanAfter = Boolean.parseBoolean(System.getProperty("benchmark.scanAfter", "true"));
    private final int fetchSize = Integer.getInteger("benchmark.fetchSize", 5_000);
    private final Duration trackingWindow = Duration.ofSeconds(Long.getLong("benchmark.trackingSeconds", 120));

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private double rawPerCpuSecond;
    private double axonPerCpuSecond;
    private double rebuildPerCpuSecond;
    private final DataSource database;

    private ReplayBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.database = context.getBean(DataSource.class);
    }

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("ledger-replay-benchmark-");
        System.out.printf("%ncomplaint-ledger replay benchmark, %s%n", Instant.now());
        BenchmarkApplication.printMachine(root);
        System.out.println("load: " + BenchmarkApplication.load());
        // the last financial year ended, and the one before, loaded on start-up (infra demo.DemoDataLoader)
        int year = LocalDate.now(ZoneId.of("Europe/London")).minusMonths(3).getYear() - 1;
        List<String> arguments = new ArrayList<>(List.of(
                "--complaint-ledger.demo.homes=" + Integer.getInteger("benchmark.homes", 10_000),
                "--complaint-ledger.demo.last-financial-year=" + year,
                "--complaint-ledger.proof.admission-interval=0",
                "--complaint-ledger.proof.checkpoint-interval=0"));
        arguments.addAll(List.of(args));
        long started = System.nanoTime();
        ConfigurableApplicationContext context = BenchmarkApplication.start(root, arguments.toArray(String[]::new));
        System.out.printf("demo ledger recorded through the command side with the application in %.1f s%n",
                (System.nanoTime() - started) / 1e9);
        Thread cleanUp = new Thread(() -> BenchmarkApplication.stop(context, root), "benchmark-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            new ReplayBenchmark(context).run();
        } finally {
            BenchmarkApplication.stop(context, root);
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            BenchmarkApplication.exitIfThreadsLinger();
        }
    }

    private void run() throws Exception {
        // The superuser, to watch the server (pg_stat_*), VACUUM and CHECKPOINT; the application's role does the rest.
        String superuser = context.getBean(EmbeddedPostgres.class).getJdbcUrl(EmbeddedRoles.SUPERUSER,
                EmbeddedRoles.DATABASE) + "&password=" + context.getBean(EmbeddedRoles.class).superuser();
        try (Connection monitor = DriverManager.getConnection(superuser)) {
            long postmaster = ServerDescription.print(monitor, context);
            TrackingReplay tracking = new TrackingReplay(context.getBean(EventProcessingConfiguration.class));
            awaitProjections();
            tracking.shutDownAll(); // nothing follows the ledger while it grows; each replay starts them itself
            long recorded = count();

            Counters before = Counters.read(monitor, postmaster);
            LedgerCopies.Written written = new LedgerCopies(database, context.getBean(PayloadSealing.class),
                    new ResealedPayloads(context.getBean(SubjectKeyStore.class))).growTo(events);
            System.out.printf("ledger grown: %,d events recorded through the command side, %d copies of every "
                            + "complaint and lesson, %,d events and %,d subjects of copied complaints written in "
                            + "%.1f s (%,.0f events/s); %s%n", recorded, written.copies(), written.events() - recorded,
                    written.subjects(), written.seconds(), (written.events() - recorded) / written.seconds(),
                    Counters.read(monitor, postmaster).since(before, written.events() - recorded).describe());
            long settling = System.nanoTime();
            try (Statement statement = monitor.createStatement()) {
                statement.execute("VACUUM ANALYZE domain_event_entry");
                statement.execute("VACUUM ANALYZE data_subject_of_aggregate");
                statement.execute("CHECKPOINT");
            }
            long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            long size = count();
            if (head != size) {
                throw new IllegalStateException("the global index has gaps: " + size + " events, head " + head);
            }
            System.out.printf("VACUUM ANALYZE and CHECKPOINT in %.1f s; ledger: %,d events (%s on disk), head %,d%n",
                    (System.nanoTime() - settling) / 1e9, size,
                    jdbc.queryForObject("SELECT pg_size_pretty(pg_total_relation_size('domain_event_entry'))",
                            String.class), head);

            RawEventScan.Scanned raw = scan(monitor, postmaster, "before", scanRuns);
            TrackingReplay.Replayed axon = replay(tracking, head, monitor, postmaster);
            LedgerRebuild.Rebuilt rebuilt = rebuild(monitor, postmaster);
            // The rebuild starts the processors again at the position it rebuilt to: the head, nothing to replay.
            System.out.println("processors after the rebuild, at: " + tracking.positionsOnceClaimed() + " (head "
                    + head + ")");
            tracking.shutDownAll();
            // Once more after: the machine is shared, and the baseline should not gain from a quiet moment before.
            RawEventScan.Scanned after = scanAfter ? scan(monitor, postmaster, "after", 1) : raw;
            summary(size, after.perSecond() > raw.perSecond() ? after : raw, axon, rebuilt);
        }
    }

    private RawEventScan.Scanned scan(Connection monitor, long postmaster, String when, int runs) throws Exception {
        RawEventScan scan = new RawEventScan(database, context.getBean("eventSerializer", Serializer.class),
                context.getBean(Configuration.class).upcasterChain(), fetchSize);
        RawEventScan.Scanned best = null;
        for (int run = 1; run <= runs; run++) {
            System.out.println("load: " + BenchmarkApplication.load());
            Counters before = Counters.read(monitor, postmaster);
            RawEventScan.Scanned scanned = scan.scan();
            Counters.Cost cost = Counters.read(monitor, postmaster).since(before, scanned.events());
            System.out.printf("raw JDBC scan %s, %d of %d (one thread, fetch size %,d, upcast and deserialised): %,d "
                            + "events (%,d ComplaintLogged) in %.1f s = %,.0f events/s, %,.0f per CPU second; %s%n",
                    when, run, runs, fetchSize, scanned.events(), scanned.payloadsOfAType(), scanned.seconds(),
                    scanned.perSecond(), perCpuSecond(scanned.events(), scanned.seconds(), cost), cost.describe());
            if (best == null || scanned.perSecond() > best.perSecond()) {
                best = scanned;
            }
            rawPerCpuSecond = Math.max(rawPerCpuSecond, perCpuSecond(scanned.events(), scanned.seconds(), cost));
        }
        return best;
    }

    private TrackingReplay.Replayed replay(TrackingReplay tracking, long head, Connection monitor, long postmaster)
            throws Exception {
        System.out.println("load: " + BenchmarkApplication.load());
        System.out.printf("Axon's tracking processors (%s), reset and started together, for %d s at most:%n",
                String.join(", ", tracking.processors().keySet()), trackingWindow.toSeconds());
        Counters before = Counters.read(monitor, postmaster);
        TrackingReplay.Replayed replayed = tracking.replay(head, trackingWindow, Duration.ofMillis(500));
        Counters.Cost cost = Counters.read(monitor, postmaster).since(before, replayed.slowest());
        replayed.positions().forEach((name, position) -> System.out.printf("  %-26s at %,9d = %,6.0f events/s%n", name,
                position, position / replayed.seconds()));
        axonPerCpuSecond = perCpuSecond(replayed.slowest(), replayed.seconds(), cost);
        System.out.printf("Axon's tracking processors, batch size 100: %s after %.1f s; slowest at %,d of %,d: "
                        + "%,.0f ledger events/s into every projection, %,.0f per CPU second (mean per processor "
                        + "%,.0f events/s); %s%n", replayed.caughtUp() ? "all caught up" : "window ended",
                replayed.seconds(), replayed.slowest(), head, replayed.perSecond(), axonPerCpuSecond,
                replayed.meanPerProcessor(), cost.describe());
        System.out.println("parked events (dead letters): " + jdbc.queryForObject(
                "SELECT count(*) FROM dead_letter_entry", Long.class));
        return replayed;
    }

    private LedgerRebuild.Rebuilt rebuild(Connection monitor, long postmaster) throws Exception {
        System.out.println("load: " + BenchmarkApplication.load());
        ReadModelRebuilds rebuilds = context.getBean(ReadModelRebuilds.class);
        System.out.printf("the ledger's own rebuild of all projections (%s):%n", String.join(", ", rebuilds.groups()));
        Counters before = Counters.read(monitor, postmaster);
        LedgerRebuild.Rebuilt rebuilt = new LedgerRebuild(rebuilds).rebuildAll();
        Counters.Cost cost = Counters.read(monitor, postmaster).since(before, rebuilt.events());
        RebuildProgress outcome = rebuilt.outcome();
        rebuildPerCpuSecond = perCpuSecond(rebuilt.events(), rebuilt.seconds(), cost);
        System.out.printf("the ledger's own rebuild of all projections: %,d events, %,d rows, switched over %.1f s "
                        + "after the call = %,.0f events/s, %,.0f per CPU second (its own progress said %,.0f "
                        + "events/s); heap used at its end %,d MB (peak during it at most %,d MB, %,d MB after a full "
                        + "GC); %s%n", rebuilt.events(), outcome.rowsWritten(), rebuilt.seconds(),
                rebuilt.perSecond(), rebuildPerCpuSecond, outcome.eventsPerSecond(), rebuilt.heapUsedAtEnd() >> 20,
                rebuilt.heapPeak() >> 20, rebuilt.heapAfterGc() >> 20, cost.describe());
        System.out.printf("after the rebuild: %,d complaints in case_summary of %,d logged; %,d parked events%n",
                jdbc.queryForObject("SELECT count(*) FROM case_summary", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type = "
                        + "'org.complaintledger.complaint.ComplaintLogged'", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM dead_letter_entry", Long.class));
        return rebuilt;
    }

    private void summary(long size, RawEventScan.Scanned raw, TrackingReplay.Replayed axon,
                                LedgerRebuild.Rebuilt rebuilt) {
        System.out.printf("%nledger: %,d events; load: %s%n", size, BenchmarkApplication.load());
        String window = axon.caughtUp() ? "the whole ledger" : String.format("a %.0f s window", axon.seconds());
        System.out.printf("  %-62s %,9.0f events/s%n", "raw JDBC scan, payloads deserialised (the best run)",
                raw.perSecond());
        System.out.printf("  %-62s %,9.0f events/s%n", "Axon's tracking processors, batch 100 (" + window + ")",
                axon.perSecond());
        System.out.printf("  %-62s %,9.0f events/s%n", "the ledger's rebuild of all projections", rebuilt.perSecond());
        System.out.printf("  rebuild / Axon tracking processors = %.1f (target >= 20)%n",
                rebuilt.perSecond() / axon.perSecond());
        System.out.printf("  rebuild / raw scan                 = %.2f (target >= 0.5)%n",
                rebuilt.perSecond() / raw.perSecond());
        System.out.printf("  per CPU second of this JVM and PostgreSQL (the machine is shared, so each phase had a "
                + "different share of it): raw scan %,.0f, Axon %,.0f, rebuild %,.0f events; rebuild / Axon %.1f, "
                + "rebuild / raw scan %.2f%n", rawPerCpuSecond, axonPerCpuSecond, rebuildPerCpuSecond,
                rebuildPerCpuSecond / axonPerCpuSecond, rebuildPerCpuSecond / rawPerCpuSecond);
    }

    /** Events per second of CPU used by this JVM and PostgreSQL together during a phase. */
    private static double perCpuSecond(long events, double seconds, Counters.Cost cost) {
        return events / (seconds * (cost.jvmCores() + Math.max(0, cost.postgresCores())));
    }

    /** Waits until every projection has followed the demo ledger, so its copies are copies of a settled ledger. */
    private void awaitProjections() throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (BenchmarkApplication.processorLag(context) > 0) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("the projections did not follow the demo ledger within 2 minutes");
            }
            Thread.sleep(100);
        }
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
