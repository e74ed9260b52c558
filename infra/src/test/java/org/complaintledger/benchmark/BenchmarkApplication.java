package org.complaintledger.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
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

/** The application as a benchmark runs it: on a fresh embedded PostgreSQL in a temporary directory, then cleaned up. */
final class BenchmarkApplication {

    private BenchmarkApplication() {
    }

    static ConfigurableApplicationContext start(Path root, String[] args) {
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

    static synchronized void stop(ConfigurableApplicationContext context, Path root) {
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

    /** How many events the furthest-behind streaming processor is behind the head of the event store. */
    static long processorLag(ConfigurableApplicationContext context) {
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

    static void printMachine(Path root) throws IOException {
        System.out.printf("machine: %d processors, %.1f GiB RAM, %s; Java %s (%s); data directory %s on %s%n",
                Runtime.getRuntime().availableProcessors(), totalMemoryGiB(), System.getProperty("os.name"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), root,
                Files.getFileStore(root).type());
    }

    /** The machine's load averages over 1, 5 and 15 minutes, as {@code uptime} prints them. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double totalMemoryGiB() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024.0 * 1024 * 1024);
    }

    /**
     * Axon's handler-timeout janitor is a static, non-daemon thread that outlives the context; exec:java would wait
     * for it forever (and a left-over JVM would skew the next run).
     */
    static void exitIfThreadsLinger() {
        AxonTaskJanitor.INSTANCE.shutdownNow();
        List<Thread> lingering = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && t != Thread.currentThread() && !"main".equals(t.getName())
                        && !"DestroyJavaVM".equals(t.getName()))
                .toList();
        if (!lingering.isEmpty()) {
            System.out.println("non-daemon threads left after shutdown, exiting anyway: " + lingering);
            System.exit(0);
        }
    }
}
