package org.complaintledger.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.complaintledger.embeddedpostgres.EmbeddedRoles;
import org.springframework.context.ConfigurableApplicationContext;

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
        // The superuser, to watch the server (pg_stat_*) and to measure raw inserts into a scratch table of its own.
        this.jdbcUrl = context.getBean(EmbeddedPostgres.class).getJdbcUrl(EmbeddedRoles.SUPERUSER, EmbeddedRoles.DATABASE)
                + "&password=" + context.getBean(EmbeddedRoles.class).superuser();
        this.monitor = DriverManager.getConnection(jdbcUrl);
    }

    record Settings(int clients, int rawWarmupSeconds, int warmupSeconds, int measureSeconds, int openLoopSeconds,
                    int openLoopWorkers, boolean http, boolean rawAfter, int payloadBytes, double openLoopRate,
                    boolean processors) {

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
                    Integer.getInteger("benchmark.payloadBytes", 400),
                    // commands/s offered in the open-loop phases; 0: half of the closed loop's throughput
                    Double.parseDouble(System.getProperty("benchmark.openLoopRate", "0")),
                    // false: every event processor stopped throughout (the two subscribing ones too, which otherwise
                    // run in the command's own transaction), to measure the command path on its own
                    Boolean.parseBoolean(System.getProperty("benchmark.processors", "true")));
        }

        double openLoopRate(LoadPhases.Result closedLoop) {
            return openLoopRate > 0 ? openLoopRate : closedLoop.perSecond() / 2;
        }
    }

    /** One line of the summary table. */
    record Row(String measurement, LoadPhases.Result result, Counters.Cost cost, long lagAfter) {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Path root = Files.createTempDirectory("ledger-benchmark-");
        System.out.printf("%ncomplaint-ledger command benchmark, %s%n", Instant.now());
        BenchmarkApplication.printMachine(root);
        System.out.printf("settings: %s%n", settings);

        ConfigurableApplicationContext context = BenchmarkApplication.start(root, args);
        Thread cleanUp = new Thread(() -> BenchmarkApplication.stop(context, root), "benchmark-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            new CommandBenchmark(settings, context).run();
        } finally {
            BenchmarkApplication.stop(context, root);
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            BenchmarkApplication.exitIfThreadsLinger();
        }
    }

    private void run() throws Exception {
        try (monitor) {
            postmasterPid = ServerDescription.print(monitor, context);
            RawInserts.createScratchTable(monitor);
            if (!settings.processors()) {
                context.getBean(EventProcessingConfiguration.class).eventProcessors().values()
                        .forEach(EventProcessor::shutDown);
                System.out.println("event processors stopped for the whole run (benchmark.processors=false)");
            }

            LoadPhases.Result rawBefore = measureRaw("raw INSERT (before)");
            LoadPhases.Result gateway = measureCommands("commands via gateway", closedLoopGateway());
            String open = settings.openLoopRate() > 0 ? " open loop @" + (long) settings.openLoopRate() : " open loop @50%";
            LoadPhases.Result openGateway = measureOpenLoop("gateway" + open, settings.openLoopRate(gateway),
                    () -> action(new GatewayClient(context.getBean(CommandGateway.class))));
            LoadPhases.Result http = null;
            LoadPhases.Result openHttp = null;
            if (settings.http()) {
                int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
                http = measureCommands("commands via HTTP", () -> action(new HttpLedgerClient(port)));
                openHttp = measureOpenLoop("HTTP" + open, settings.openLoopRate(http),
                        () -> action(new HttpLedgerClient(port)));
            }
            LoadPhases.Result rawAfter = settings.rawAfter() ? measureRaw("raw INSERT (after)") : null;
            new Summary(settings.clients(), rows).print(rawBefore, rawAfter, gateway, openGateway, http, openHttp);
            System.out.printf("complaints logged during the run: %d%n", workload.complaints());
        }
    }

    private LoadPhases.Result measureRaw(String name) throws Exception {
        Meter meter = meter();
        LoadPhases.Result result = LoadPhases.closedLoop(name.replace(' ', '-'), settings.clients(),
                Duration.ofSeconds(settings.rawWarmupSeconds()), Duration.ofSeconds(settings.measureSeconds()), meter,
                () -> RawInserts.action(jdbcUrl, settings.payloadBytes()));
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
        Meter meter = meter();
        LoadPhases.Result result = LoadPhases.closedLoop(name.replace(' ', '-'), settings.clients(),
                Duration.ofSeconds(settings.warmupSeconds()), Duration.ofSeconds(settings.measureSeconds()), meter,
                actions);
        record(name, result, meter, catchUp(name));
        return result;
    }

    private LoadPhases.Result measureOpenLoop(String name, double rate,
                                              java.util.function.Supplier<LoadPhases.Action> actions) throws Exception {
        Meter meter = meter();
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
        long lagAtEnd = BenchmarkApplication.processorLag(context);
        long started = System.nanoTime();
        long lag = lagAtEnd;
        while (lag > 0 && System.nanoTime() - started < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(100);
            lag = BenchmarkApplication.processorLag(context);
        }
        System.out.printf("%-26s event processors were %d events behind at the end; caught up in %.1f s%s%n", "",
                lagAtEnd, (System.nanoTime() - started) / 1e9, lag > 0 ? " (NOT caught up: " + lag + " behind)" : "");
        return lagAtEnd;
    }

    private Meter meter() {
        return new Meter(monitor, jdbcUrl, postmasterPid);
    }
}
