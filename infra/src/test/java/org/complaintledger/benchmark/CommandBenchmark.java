package org.complaintledger.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.timeout.AxonTaskJanitor;
import org.complaintledger.LedgerApplication;
import org.complaintledger.testsupport.TestAccounts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The durable-throughput benchmark of the project's issue, as a plain program (never run by {@code mvn verify}).
 * In one run, against one freshly initialised embedded PostgreSQL with fsync and synchronous_commit on, it measures:
 * <ol>
 *     <li>the server's raw rate of single-row INSERT transactions (autocommit) from 8 JDBC connections,
 *         into a scratch table shaped like the event table;</li>
 *     <li>closed-loop command throughput from 8 clients through Axon's {@code CommandGateway.sendAndWait}, with a mix
 *         of new complaints and follow-up commands on existing ones, and its ratio to the raw rate;</li>
 *     <li>the same through the HTTP API from 8 clients;</li>
 *     <li>latency at half the measured maximum, open loop at a fixed rate, from each command's intended start;</li>
 *     <li>the raw rate once more at the end, to show how much the server drifted during the run.</li>
 * </ol>
 * See docs/benchmarks.md for the command line. Settings are system properties, e.g. {@code -Dbenchmark.measureSeconds=30};
 * program arguments go to the application, e.g. {@code -Dexec.args="--spring.datasource.hikari.maximum-pool-size=20"}.
 */
public final class CommandBenchmark {

    private static final double RATIO_TARGET = 0.5;
    private static final double P99_TARGET_MS = 25;

    private final Settings settings;
    private final ConfigurableApplicationContext context;
    private final String jdbcUrl;
    private final Workload workload = new Workload();
    private final Connection monitor;
    private final List<Row> rows = new ArrayList<>();
    private long postmasterPid = -1;

    private CommandBenchmark(Settings settings, ConfigurableApplicationContext context) throws SQLException {
        this.settings = settings;
        this.context = context;
        this.jdbcUrl = context.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
        this.monitor = DriverManager.getConnection(jdbcUrl);
    }

    record Settings(int clients, int rawWarmupSeconds, int warmupSeconds, int measureSeconds, int openLoopSeconds,
                    int openLoopWorkers, boolean http, boolean rawAfter, int payloadBytes) {

        static Settings fromSystemProperties() {
            return new Settings(
                    Integer.getInteger("benchmark.clients", 8),
                    Integer.getInteger("benchmark.rawWarmupSeconds", 5),
                    Integer.getInteger("benchmark.warmupSeconds", 10),
                    Integer.getInteger("benchmark.measureSeconds", 20),
                    Integer.getInteger("benchmark.openLoopSeconds", 30),
                    Integer.getInteger("benchmark.openLoopWorkers", 16),
                    Boolean.parseBoolean(System.getProperty("benchmark.http", "true")),
                    Boolean.parseBoolean(System.getProperty("benchmark.rawAfter", "true")),
                    Integer.getInteger("benchmark.payloadBytes", 400));
        }
    }

    /** One line of the summary table. */
    record Row(String measurement, LoadPhases.Result result, Counters.Cost cost, long lagAfter) {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Path root = Files.createTempDirectory("ledger-benchmark-");
        System.out.printf("%ncomplaint-ledger command benchmark, %s%n", Instant.now());
        System.out.printf("machine: %d processors, %.1f GiB RAM, %s; Java %s (%s); data directory %s on %s%n",
                Runtime.getRuntime().availableProcessors(), totalMemoryGiB(), System.getProperty("os.name"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), root,
                Files.getFileStore(root).type());
        System.out.printf("settings: %s%n", settings);

        ConfigurableApplicationContext context = start(root, args);
        Thread cleanUp = new Thread(() -> stop(context, root), "benchmark-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            new CommandBenchmark(settings, context).run();
        } finally {
            stop(context, root);
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            // Axon's handler-timeout janitor is a static, non-daemon thread that outlives the context; exec:java would
            // wait for it forever (and a left-over JVM would skew the next run).
            AxonTaskJanitor.INSTANCE.shutdownNow();
        }
        List<Thread> lingering = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && t != Thread.currentThread() && !"main".equals(t.getName())
                        && !"DestroyJavaVM".equals(t.getName()))
                .toList();
        if (!lingering.isEmpty()) {
            System.out.println("non-daemon threads left after shutdown, exiting anyway: " + lingering);
            System.exit(0);
        }
    }

    private static ConfigurableApplicationContext start(Path root, String[] args) {
        List<String> arguments = new ArrayList<>(List.of(
                "--complaint-ledger.embedded-postgres.data-directory=" + root.resolve("data"),
                "--complaint-ledger.embedded-postgres.port=0",
                // Even if SPRING_DATASOURCE_URL is set in the environment: both measurements need the embedded server.
                "--spring.datasource.url=",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        // HttpLedgerClient signs in with these rather than with application.yml's demo accounts.
        arguments.addAll(TestAccounts.arguments());
        arguments.addAll(List.of(args));
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerApplication.class)
                .run(arguments.toArray(String[]::new));
        System.out.printf("application started in %.1f s (arguments %s)%n", (System.nanoTime() - started) / 1e9,
                List.of(args));
        return context;
    }

    private static synchronized void stop(ConfigurableApplicationContext context, Path root) {
        if (!Files.exists(root)) {
            return;
        }
        context.close();
        Path pid = root.resolve("data").resolve("postmaster.pid");
        long giveUp = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (Files.exists(pid) && System.nanoTime() < giveUp) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            FileSystemUtils.deleteRecursively(root);
            System.out.printf("application stopped; deleted %s%n", root);
        } catch (IOException e) {
            System.out.printf("could not delete %s: %s%n", root, e);
        }
    }

    private void run() throws Exception {
        try (monitor) {
            describeServer();
            createScratchTable();

            LoadPhases.Result rawBefore = measureRaw("raw INSERT (before)");
            LoadPhases.Result gateway = measureCommands("commands via gateway", closedLoopGateway());
            double halfLoad = gateway.perSecond() / 2;
            LoadPhases.Result openGateway = measureOpenLoop("gateway open loop @50%", halfLoad,
                    () -> action(new GatewayClient(context.getBean(CommandGateway.class))));
            LoadPhases.Result http = null;
            LoadPhases.Result openHttp = null;
            if (settings.http()) {
                int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
                http = measureCommands("commands via HTTP", () -> action(new HttpLedgerClient(port)));
                openHttp = measureOpenLoop("HTTP open loop @50%", http.perSecond() / 2,
                        () -> action(new HttpLedgerClient(port)));
            }
            LoadPhases.Result rawAfter = settings.rawAfter() ? measureRaw("raw INSERT (after)") : null;
            summarise(rawBefore, rawAfter, gateway, openGateway, http, openHttp);
        }
    }

    // ---------------------------------------------------------------- the server

    private void describeServer() throws SQLException {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String name : List.of("server_version", "data_directory", "fsync", "synchronous_commit",
                "full_page_writes", "wal_sync_method", "wal_level", "commit_delay", "commit_siblings", "wal_buffers",
                "shared_buffers", "max_wal_size", "checkpoint_timeout", "max_connections")) {
            try (Statement statement = monitor.createStatement();
                 ResultSet rs = statement.executeQuery("SHOW " + name)) {
                rs.next();
                shown.put(name, rs.getString(1));
            }
        }
        try {
            postmasterPid = Long.parseLong(Files.readAllLines(Path.of(shown.get("data_directory"), "postmaster.pid"))
                    .getFirst().trim());
        } catch (IOException | RuntimeException e) {
            System.out.println("postmaster pid unknown, PostgreSQL CPU not measured: " + e);
        }
        System.out.println("PostgreSQL (the same server for every measurement), postmaster pid " + postmasterPid + ":");
        shown.forEach((name, value) -> System.out.printf("  SHOW %-18s = %s%n", name, value));
        if (!"on".equals(shown.get("fsync")) || !"on".equals(shown.get("synchronous_commit"))) {
            throw new IllegalStateException("durability is off (fsync=" + shown.get("fsync") + ", synchronous_commit="
                    + shown.get("synchronous_commit") + "): the benchmark measures durable commits only");
        }
        DataSource dataSource = context.getBean(DataSource.class);
        if (dataSource instanceof HikariDataSource hikari) {
            System.out.printf("application pool: Hikari maximumPoolSize=%d minimumIdle=%d%n",
                    hikari.getMaximumPoolSize(), hikari.getMinimumIdle());
        }
        context.getBean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) ->
                System.out.printf("event processor: %s (%s)%n", name, processor.getClass().getSimpleName()));
    }

    // ---------------------------------------------------------------- raw INSERTs

    private void createScratchTable() throws SQLException {
        try (Statement statement = monitor.createStatement()) {
            // Shaped like domain_event_entry: a serial key, two unique indexes, text columns and a bytea payload.
            statement.execute("""
                    CREATE TABLE benchmark_raw_insert (
                        global_index         BIGSERIAL    PRIMARY KEY,
                        event_identifier     VARCHAR(255) NOT NULL UNIQUE,
                        aggregate_identifier VARCHAR(255) NOT NULL,
                        sequence_number      BIGINT       NOT NULL,
                        type                 VARCHAR(255),
                        time_stamp           VARCHAR(255) NOT NULL,
                        payload_type         VARCHAR(255) NOT NULL,
                        payload_revision     VARCHAR(255),
                        payload              BYTEA        NOT NULL,
                        meta_data            BYTEA,
                        UNIQUE (aggregate_identifier, sequence_number))""");
        }
    }

    private LoadPhases.Result measureRaw(String name) throws Exception {
        byte[] metaData = "{\"traceId\":\"00000000-0000-0000-0000-000000000000\",\"correlationId\":\"00000000-0000-0000-0000-000000000000\"}".getBytes();
        Meter meter = new Meter();
        LoadPhases.Result result = LoadPhases.closedLoop(name.replace(' ', '-'), settings.clients(),
                Duration.ofSeconds(settings.rawWarmupSeconds()), Duration.ofSeconds(settings.measureSeconds()), meter,
                () -> {
                    try {
                        byte[] payload = new byte[settings.payloadBytes()];
                        Connection connection = DriverManager.getConnection(jdbcUrl);
                        connection.setAutoCommit(true);
                        PreparedStatement insert = connection.prepareStatement("""
                                INSERT INTO benchmark_raw_insert (event_identifier, aggregate_identifier,
                                    sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                                VALUES (?, ?, 0, 'Complaint', ?, 'org.complaintledger.complaint.CorrespondenceRecorded',
                                    null, ?, ?)""");
                        return new LoadPhases.Action() {
                            @Override
                            public void run() throws SQLException {
                                ThreadLocalRandom.current().nextBytes(payload);
                                insert.setString(1, UUID.randomUUID().toString());
                                insert.setString(2, UUID.randomUUID().toString());
                                insert.setString(3, Instant.now().toString());
                                insert.setBytes(4, payload);
                                insert.setBytes(5, metaData);
                                insert.executeUpdate();
                            }

                            @Override
                            public void close() throws SQLException {
                                connection.close();
                            }
                        };
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
        record(name, result, meter, -1);
        return result;
    }

    // ---------------------------------------------------------------- commands

    private java.util.function.Supplier<LoadPhases.Action> closedLoopGateway() {
        CommandGateway gateway = context.getBean(CommandGateway.class);
        return () -> action(new GatewayClient(gateway));
    }

    private LoadPhases.Action action(Workload.Client client) {
        return new LoadPhases.Action() {
            @Override
            public void run() throws Exception {
                Workload.Operation operation = workload.next();
                workload.completed(operation, client.execute(operation));
            }

            @Override
            public void close() throws Exception {
                if (client instanceof AutoCloseable closeable) {
                    closeable.close();
                }
            }
        };
    }

    private LoadPhases.Result measureCommands(String name, java.util.function.Supplier<LoadPhases.Action> actions)
            throws Exception {
        Meter meter = new Meter();
        LoadPhases.Result result = LoadPhases.closedLoop(name.replace(' ', '-'), settings.clients(),
                Duration.ofSeconds(settings.warmupSeconds()), Duration.ofSeconds(settings.measureSeconds()), meter,
                actions);
        record(name, result, meter, catchUp(name));
        return result;
    }

    private LoadPhases.Result measureOpenLoop(String name, double rate,
                                              java.util.function.Supplier<LoadPhases.Action> actions) throws Exception {
        Meter meter = new Meter();
        System.out.printf("%s: offering %.0f commands/s from %d workers%n", name, rate, settings.openLoopWorkers());
        LoadPhases.Result result = LoadPhases.openLoop(name.replace(' ', '-'), rate, settings.openLoopWorkers(),
                Duration.ofSeconds(5), Duration.ofSeconds(settings.openLoopSeconds()), meter, actions);
        record(name, result, meter, catchUp(name));
        return result;
    }

    private void record(String name, LoadPhases.Result result, Meter meter, long lagAfter) {
        Counters.Cost cost = meter.cost(result.operations());
        rows.add(new Row(name, result, cost, lagAfter));
        System.out.printf("%-26s %8.0f /s   %s%n", name, result.perSecond(), result.latency().millis());
        System.out.printf("%-26s %s%n", "", cost == null ? "(no counters)" : cost.describe());
        if (result.errors() > 0) {
            System.out.printf("%-26s %d errors, first: %s%n", "", result.errors(), result.firstError());
        } else if (result.firstError() != null) {
            System.out.printf("%-26s %s%n", "", result.firstError().getMessage());
        }
    }

    /**
     * Waits (up to a minute) for the event processors to process every event, so that one phase's backlog does not
     * load the next, and returns how many events they were behind when the phase ended.
     */
    private long catchUp(String name) throws InterruptedException {
        long lagAtEnd = processorLag();
        long started = System.nanoTime();
        long lag = lagAtEnd;
        while (lag > 0 && System.nanoTime() - started < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(100);
            lag = processorLag();
        }
        System.out.printf("%-26s event processors were %d events behind at the end; caught up in %.1f s%s%n", "",
                lagAtEnd, (System.nanoTime() - started) / 1e9, lag > 0 ? " (NOT caught up: " + lag + " behind)" : "");
        return lagAtEnd;
    }

    private long processorLag() {
        TrackingToken head = context.getBean(EventStore.class).createHeadToken();
        OptionalLong headPosition = head == null ? OptionalLong.of(0) : head.position();
        long lag = 0;
        for (var processor : context.getBean(EventProcessingConfiguration.class).eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                for (EventTrackerStatus status : streaming.processingStatus().values()) {
                    OptionalLong at = status.getCurrentPosition();
                    if (headPosition.isPresent() && at.isPresent()) {
                        lag = Math.max(lag, headPosition.getAsLong() - at.getAsLong());
                    }
                }
            }
        }
        return lag;
    }

    // ---------------------------------------------------------------- the summary

    private void summarise(LoadPhases.Result rawBefore, LoadPhases.Result rawAfter, LoadPhases.Result gateway,
                           LoadPhases.Result openGateway, LoadPhases.Result http, LoadPhases.Result openHttp) {
        System.out.printf("%nSUMMARY (%d clients closed loop; open loop from intended start times; latencies in ms)%n",
                settings.clients());
        String format = "| %-24s | %9s | %7s | %7s | %7s | %7s | %6s | %10s | %8s | %16s |%n";
        System.out.printf(format, "measurement", "ops/s", "p50", "p90", "p99", "max", "errors", "commits/op",
                "WAL B/op", "CPU JVM+PG+other");
        System.out.printf(format, "-".repeat(24), "-".repeat(9), "-".repeat(7), "-".repeat(7), "-".repeat(7),
                "-".repeat(7), "-".repeat(6), "-".repeat(10), "-".repeat(8), "-".repeat(16));
        for (Row row : rows) {
            Latencies.Summary l = row.result().latency();
            Counters.Cost c = row.cost();
            System.out.printf(format, row.measurement(), String.format("%.0f", row.result().perSecond()),
                    Latencies.Summary.ms(l.p50()), Latencies.Summary.ms(l.p90()), Latencies.Summary.ms(l.p99()),
                    Latencies.Summary.ms(l.max()), row.result().errors(),
                    c == null ? "-" : String.format("%.2f", c.commitsPerOp()),
                    c == null ? "-" : String.format("%.0f", c.walBytesPerOp()),
                    c == null ? "-" : String.format("%.2f+%.2f+%.2f", c.jvmCores(), c.postgresCores(), c.otherCores()));
        }
        double raw = rawAfter == null ? rawBefore.perSecond() : Math.max(rawBefore.perSecond(), rawAfter.perSecond());
        double ratio = gateway.perSecond() / raw;
        System.out.println();
        System.out.printf("raw INSERT rate (higher of before/after): %.0f tx/s%n", raw);
        System.out.printf("gateway ratio: %.0f / %.0f = %.2f (target >= %.2f) -> %s%n", gateway.perSecond(), raw, ratio,
                RATIO_TARGET, ratio >= RATIO_TARGET ? "MET" : "NOT MET");
        if (http != null) {
            System.out.printf("HTTP ratio:    %.0f / %.0f = %.2f%n", http.perSecond(), raw, http.perSecond() / raw);
        }
        double p99 = openGateway.latency().p99() / 1e6;
        System.out.printf("gateway p99 at %.0f/s (50%% of max): %.2f ms (target < %.0f ms) -> %s%n",
                openGateway.targetRate(), p99, P99_TARGET_MS, p99 < P99_TARGET_MS && openGateway.errors() == 0
                        ? "MET" : "NOT MET");
        if (openHttp != null) {
            System.out.printf("HTTP p99 at %.0f/s (50%% of max): %.2f ms%n", openHttp.targetRate(),
                    openHttp.latency().p99() / 1e6);
        }
        System.out.printf("complaints logged during the run: %d%n", workload.complaints());
    }

    /** Reads the counters as the measurement window opens and closes. */
    private final class Meter implements LoadPhases.Window {

        private volatile Counters opened;
        private volatile Counters closed;
        private ActivitySampler sampler;

        @Override
        public void opened() {
            opened = readQuietly();
            if (Boolean.getBoolean("benchmark.sampleActivity")) {
                try {
                    sampler = new ActivitySampler(jdbcUrl);
                } catch (SQLException e) {
                    System.out.println("could not sample activity: " + e);
                }
            }
        }

        @Override
        public void closed() {
            closed = readQuietly();
            if (sampler != null) {
                try {
                    sampler.close();
                } catch (Exception e) {
                    System.out.println("activity sampler: " + e);
                }
            }
        }

        private Counters readQuietly() {
            synchronized (monitor) {
                try {
                    return Counters.read(monitor, postmasterPid);
                } catch (SQLException e) {
                    System.out.println("could not read counters: " + e);
                    return null;
                }
            }
        }

        Counters.Cost cost(long operations) {
            return opened == null || closed == null ? null : closed.since(opened, operations);
        }
    }

    private static double totalMemoryGiB() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024.0 * 1024 * 1024);
    }
}
