package org.complaintledger.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintledger.embeddedpostgres.EmbeddedRoles;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.StoredEvent;
import org.complaintledger.provenance.AppendSeals;
import org.complaintledger.provenance.ChainingSwitch;
import org.complaintledger.provenance.StoredEventRows;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What hashing at append costs (issue 10: under 5 % of command throughput), as a plain program (never run by
 * {@code mvn verify}). In one run, on one freshly initialised embedded PostgreSQL with durable commits, through Axon's
 * command gateway from {@code benchmark.clients} threads (closed loop), rounds of {@code benchmark.roundCommands}
 * commands alternate between chaining on (the ledger as it ships) and off (the same INSERT without the chain link,
 * switched in the running application by {@code provenance.ChainingSwitch}), each pair in the opposite order to the
 * last (on off, off on, ...) so that drift during the run cancels out:
 * <ol>
 *     <li><b>appends alone</b>: no command, only single-event INSERT transactions from as many JDBC connections into
 *         scratch tables shaped like the event table and event_chain, the event alone or hashed, sealed and inserted
 *         with its link as the ledger does ({@link RawChainedInserts}): what chaining adds to an append;</li>
 *     <li><b>new complaints</b>: every command logs a complaint (its first event, sequence 0: hashed, sealed and
 *         linked, no look-up);</li>
 *     <li><b>correspondence</b>: every command records correspondence on a complaint logged in phase 2 in the same mode
 *         (a later event, chained to the complaint's previous one, whose hash this process kept when it appended
 *         it, {@code provenance.ChainHeads}).</li>
 * </ol>
 * Each phase starts with an unmeasured warm-up of {@code benchmark.warmupCommands} (half each way). Before each
 * round the event processors catch up, so that one round's backlog does not load the next. Besides
 * throughput, each round's CPU (this JVM and PostgreSQL, until the processors have caught up), WAL and commits per
 * command are read, as {@link CommandBenchmark} reads them: on a shared machine CPU per command is steadier than
 * throughput. It also times hashing and sealing alone, on the run's stored events, to show how much of a command they
 * are.
 * See docs/benchmarks.md for the command line and the figures seen.
 */
public final class ChainBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ConfigurableApplicationContext context;
    private final CommandGateway gateway;
    private final int clients = Integer.getInteger("benchmark.clients", 8);
    private final int rounds = Integer.getInteger("benchmark.rounds", 20);
    private final int roundCommands = Integer.getInteger("benchmark.roundCommands", 500);
    private final int warmupCommands = Integer.getInteger("benchmark.warmupCommands", 2_000);
    private final List<String> chainedComplaints = Collections.synchronizedList(new ArrayList<>());
    private final List<String> unchainedComplaints = Collections.synchronizedList(new ArrayList<>());

    private final String jdbcUrl;
    private final Connection monitor;
    private long postmasterPid = -1;

    private ChainBenchmark(ConfigurableApplicationContext context) throws SQLException {
        this.context = context;
        this.gateway = context.getBean(CommandGateway.class);
        // The superuser, to read the server's counters (pg_stat_*) and to append to scratch tables, as CommandBenchmark.
        this.jdbcUrl = context.getBean(EmbeddedPostgres.class).getJdbcUrl(EmbeddedRoles.SUPERUSER, EmbeddedRoles.DATABASE)
                + "&password=" + context.getBean(EmbeddedRoles.class).superuser();
        this.monitor = DriverManager.getConnection(jdbcUrl);
    }

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("ledger-chain-benchmark-");
        System.out.printf("%ncomplaint-ledger chain benchmark, %s%n", Instant.now());
        BenchmarkApplication.printMachine(root);
        ConfigurableApplicationContext context = BenchmarkApplication.start(root, args);
        Thread cleanUp = new Thread(() -> BenchmarkApplication.stop(context, root), "benchmark-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            new ChainBenchmark(context).run();
        } finally {
            ChainingSwitch.chaining(context, true);
            BenchmarkApplication.stop(context, root);
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            BenchmarkApplication.exitIfThreadsLinger();
        }
    }

    private void run() throws Exception {
        try (monitor) {
            postmasterPid = ServerDescription.print(monitor, context);
            measure();
        }
    }

    private void measure() throws Exception {
        System.out.printf("settings: clients=%d rounds=%d (half each way) roundCommands=%d warmupCommands=%d%n",
                clients, rounds, roundCommands, warmupCommands);
        List<ChainRounds.Round> measured = new ArrayList<>();
        RawChainedInserts.createScratchTables(monitor);
        try (RawChainedInserts raw = new RawChainedInserts(jdbcUrl, clients, context.getBean(AppendSeals.class),
                Integer.getInteger("benchmark.payloadBytes", 1_500))) {
            for (boolean chaining : new boolean[] {true, false}) {
                round("warm-up", chaining, roundCommands * 4, raw::append);
            }
            for (int pair = 0; pair < rounds / 2; pair++) {
                boolean first = pair % 2 == 0;
                for (boolean chaining : new boolean[] {first, !first}) {
                    measured.add(round("appends alone", chaining, roundCommands * 4, raw::append));
                }
            }
        }
        for (String phase : List.of("new complaints", "correspondence")) {
            Command command = phase.equals("new complaints") ? this::logComplaint : this::correspond;
            // Not measured: each mode's first commands of the phase compile code and load complaints.
            for (boolean chaining : new boolean[] {true, false}) {
                round("warm-up", chaining, warmupCommands / 2, command);
            }
            for (int pair = 0; pair < rounds / 2; pair++) {
                boolean first = pair % 2 == 0;
                for (boolean chaining : new boolean[] {first, !first}) {
                    measured.add(round(phase, chaining, roundCommands, command));
                }
            }
        }
        ChainingSwitch.chaining(context, true);
        ChainRounds.print(measured);
        chainReads();
        hashingAlone();
    }

    interface Command {
        void send(boolean chaining) throws Exception;
    }

    private void logComplaint(boolean chaining) {
        String id = new GatewayClient(gateway).execute(new Workload.Operation(Workload.Kind.LOG,
                UUID.randomUUID().toString()));
        (chaining ? chainedComplaints : unchainedComplaints).add(id);
    }

    private void correspond(boolean chaining) {
        List<String> complaints = chaining ? chainedComplaints : unchainedComplaints;
        String id = complaints.get(ThreadLocalRandom.current().nextInt(complaints.size()));
        new GatewayClient(gateway).execute(new Workload.Operation(Workload.Kind.CORRESPOND, id));
    }

    private ChainRounds.Round round(String phase, boolean chaining, int commands, Command command) throws Exception {
        catchUp();
        ChainingSwitch.chaining(context, chaining);
        Counters before = Counters.read(monitor, postmasterPid);
        AtomicInteger tickets = new AtomicInteger(commands);
        AtomicLong errors = new AtomicLong();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        AtomicLong commandThreadsCpu = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> threads = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                threads.add(pool.submit(() -> {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    while (tickets.getAndDecrement() > 0) {
                        try {
                            command.send(chaining);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e);
                        }
                    }
                    commandThreadsCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
                    return null;
                }));
            }
            for (Future<?> thread : threads) {
                thread.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        catchUp();
        Counters after = Counters.read(monitor, postmasterPid);
        ChainRounds.Round round = new ChainRounds.Round(phase, chaining, commands, seconds, errors.get(), after.since(before, commands),
                (after.nanoTime() - before.nanoTime()) / 1e9, commandThreadsCpu.get() / 1e6 / commands);
        System.out.printf("%-15s chaining %-3s %,6d commands in %5.2f s: %6.0f/s; CPU ms/command JVM %.2f (of which "
                        + "the command path %.2f) + PG %.2f; %s%n", phase, chaining ? "on" : "off", commands,
                round.seconds(), round.perSecond(), round.jvmMillisPerCommand(), round.commandPathMillis(),
                round.postgresMillisPerCommand(), round.cost().describe());
        if (errors.get() > 0) {
            System.out.printf("%d errors, first: %s%n", errors.get(), firstError.get());
        }
        return round;
    }

    /** Waits (up to a minute) for the event processors to process every event. */
    private void catchUp() throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (BenchmarkApplication.processorLag(context) > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(50);
        }
    }

    /** How often a previous hash was read from event_chain rather than kept in memory (ChainHeads). */
    private void chainReads() throws SQLException {
        try (var statement = monitor.createStatement()) {
            statement.execute("SELECT pg_sleep(1)"); // statistics are flushed at most once a second
            try (var rows = statement.executeQuery("SELECT indexrelname, idx_scan FROM pg_stat_user_indexes "
                    + "WHERE relname = 'event_chain'")) {
                while (rows.next()) {
                    System.out.printf("event_chain index %s: %d scans in the whole run%n", rows.getString(1),
                            rows.getLong(2));
                }
            }
        }
    }

    /** Hashing and sealing alone, single-threaded, on the run's own stored events, for scale. */
    private void hashingAlone() {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        AppendSeals seals = context.getBean(AppendSeals.class);
        List<StoredEvent> events = jdbc.query("SELECT " + StoredEventRows.COLUMNS
                + " FROM domain_event_entry ORDER BY global_index LIMIT 5000",
                (row, n) -> StoredEventRows.read(row));
        long bytes = events.stream().mapToLong(EventHash::encodedLength).sum();
        byte[] previous = EventHash.NONE_BEFORE;
        long best = Long.MAX_VALUE;
        for (int repeat = 0; repeat < 20; repeat++) {
            long started = System.nanoTime();
            for (StoredEvent event : events) {
                previous = EventHash.of(event, previous);
                seals.seal(previous);
            }
            best = Math.min(best, System.nanoTime() - started);
        }
        System.out.printf("hashing and sealing alone: %d events of %.0f bytes on average, %.1f µs per event "
                + "(best of 20 passes, one thread; last hash %s)%n", events.size(), (double) bytes / events.size(),
                best / 1e3 / events.size(), HexFormat.of().formatHex(previous, 0, 4));
    }
}
