package org.complaintledger.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.complaintledger.bulkimport.ImportProgress;
import org.complaintledger.bulkimport.LedgerImport;
import org.complaintledger.demo.DemoImportFile;
import org.complaintledger.embeddedpostgres.EmbeddedRoles;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The bulk import benchmark of issue 12, as a plain program (never run by {@code mvn verify}). In one run, against one
 * freshly initialised embedded PostgreSQL with fsync and synchronous_commit on, it measures the server's raw rate of
 * single-row INSERT transactions from 8 connections (as {@link CommandBenchmark} does), then imports a demo import
 * file of {@code benchmark.steps} steps (default 1,000,000; {@code demo-import-file}) through {@link LedgerImport}:
 * events appended per second and its ratio to the raw rate (target at least 1), commits and WAL bytes per event, and
 * how long the paused tracking processors then take to catch up. See docs/benchmarks.md for the command line.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int steps = Integer.getInteger("benchmark.steps", 1_000_000);
        int clients = Integer.getInteger("benchmark.clients", 8);
        int measureSeconds = Integer.getInteger("benchmark.measureSeconds", 20);
        Path root = Files.createTempDirectory("ledger-benchmark-");
        System.out.printf("%ncomplaint-ledger import benchmark, %s: %,d steps%n", Instant.now(), steps);
        BenchmarkApplication.printMachine(root);

        Path file = root.resolve("history.jsonl");
        long writing = System.nanoTime();
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        if (DemoImportFile.run(new String[] {file.toString(), "--steps=" + steps},
                new PrintStream(said, true, StandardCharsets.UTF_8)) != 0) {
            throw new IllegalStateException(said.toString(StandardCharsets.UTF_8));
        }
        System.out.printf("demo-import-file: %,d steps, %,d MB, written in %.1f s%n", steps, Files.size(file) >> 20,
                (System.nanoTime() - writing) / 1e9);

        ConfigurableApplicationContext context = BenchmarkApplication.start(root, args);
        Thread cleanUp = new Thread(() -> BenchmarkApplication.stop(context, root), "benchmark-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            run(context, file, root.resolve("refused.jsonl"), clients, measureSeconds);
        } finally {
            BenchmarkApplication.stop(context, root);
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            BenchmarkApplication.exitIfThreadsLinger();
        }
    }

    private static void run(ConfigurableApplicationContext context, Path file, Path report, int clients,
                            int measureSeconds) throws Exception {
        String jdbcUrl = context.getBean(EmbeddedPostgres.class).getJdbcUrl(EmbeddedRoles.SUPERUSER,
                EmbeddedRoles.DATABASE) + "&password=" + context.getBean(EmbeddedRoles.class).superuser();
        try (Connection monitor = DriverManager.getConnection(jdbcUrl)) {
            long postmasterPid = ServerDescription.print(monitor, context);
            RawInserts.createScratchTable(monitor);
            Meter rawMeter = new Meter(monitor, jdbcUrl, postmasterPid);
            LoadPhases.Result raw = LoadPhases.closedLoop("raw-INSERT", clients, Duration.ofSeconds(5),
                    Duration.ofSeconds(measureSeconds), rawMeter, () -> RawInserts.action(jdbcUrl, 400));
            System.out.printf("%-24s %8.0f /s   %s%n", "raw INSERT (8 clients)", raw.perSecond(),
                    rawMeter.cost(raw.operations()).describe());

            // the monitor's connection, without the application's 5 s socket timeout: counting a million events
            // while the processors catch up takes longer
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(monitor, true));
            long eventsBefore = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
            Meter importMeter = new Meter(monitor, jdbcUrl, postmasterPid);
            importMeter.opened();
            java.util.concurrent.ScheduledExecutorService printer =
                    java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
            java.util.concurrent.atomic.AtomicReference<ImportProgress> running =
                    new java.util.concurrent.atomic.AtomicReference<>();
            printer.scheduleAtFixedRate(() -> {
                ImportProgress p = running.get();
                if (p != null) {
                    System.out.printf("  %,d/%,d steps, %.0f steps/s%n", p.done(), p.total(), p.stepsPerSecond());
                }
            }, 10, 10, java.util.concurrent.TimeUnit.SECONDS);
            ImportProgress progress;
            try {
                progress = context.getBean(LedgerImport.class).run(file, report, running::set);
            } finally {
                printer.shutdownNow();
            }
            importMeter.closed();
            long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class) - eventsBefore;
            double eventsPerSecond = events / progress.seconds();
            System.out.printf("import: %,d steps imported, %,d refused (%s), %,d events in %.1f s%n",
                    progress.imported(), progress.refused(), report, events, progress.seconds());
            try (var refusals = Files.lines(report)) {
                System.out.printf("refused by rule: %s%n", refusals.map(line -> line.replaceAll(
                        ".*\"rule\":\"([^\"]*)\".*", "$1")).collect(java.util.stream.Collectors.groupingBy(
                                rule -> rule, java.util.TreeMap::new, java.util.stream.Collectors.counting())));
            }
            try (var refusals = Files.lines(report)) {
                refusals.filter(line -> !line.contains("follows-refused-step")).limit(5)
                        .forEach(line -> System.out.println("  " + line));
            }
            System.out.printf("%-24s %8.0f events/s, %.0f steps/s, %.2f x raw INSERT%n", "import", eventsPerSecond,
                    progress.stepsPerSecond(), eventsPerSecond / raw.perSecond());
            System.out.printf("%-24s %s (per event; %,d batch commits)%n", "",
                    importMeter.cost(events).describe(), progress.commits());

            // the ledger's tree, held back during the import, admits the imported events on its schedule now
            long ledgerEvents = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
            LongSupplier leaves = () -> jdbc.queryForObject("SELECT leaf_count FROM ledger_admission", Long.class);
            double treeSeconds = secondsUntil(() -> leaves.getAsLong() >= ledgerEvents);
            System.out.printf("ledger tree (held back during the import): %,d of %,d events admitted %.1f s after "
                    + "the import%n", leaves.getAsLong(), ledgerEvents, treeSeconds);

            // the lag as the token store has it (processors.ProcessingGroupMetrics, at most 5 s old): a processor
            // just started again reports no position of its own until it has claimed its segments
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            long lagAtEnd = tokenStoreLag(meters);
            double caughtUp = secondsUntil(() -> tokenStoreLag(meters) == 0);
            long lag = tokenStoreLag(meters);
            System.out.printf("tracking processors (paused during the import) were %,d events behind; caught up in "
                    + "%.1f s%s%n", lagAtEnd, caughtUp, lag > 0 ? " (NOT: " + lag + ")" : "");
        }
    }

    /** Seconds until {@code done} holds, looked at every 500 ms for at most 30 minutes (then the 30 minutes). */
    private static double secondsUntil(BooleanSupplier done) throws InterruptedException {
        long started = System.nanoTime();
        while (!done.getAsBoolean() && System.nanoTime() - started < Duration.ofMinutes(30).toNanos()) {
            Thread.sleep(500);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** The slowest processing group's lag in events, from the shared token store. */
    private static long tokenStoreLag(MeterRegistry meters) {
        return (long) meters.find("ledger.processor.lag.events").gauges().stream().mapToDouble(Gauge::value)
                .filter(v -> !Double.isNaN(v)).max().orElse(0);
    }
}
