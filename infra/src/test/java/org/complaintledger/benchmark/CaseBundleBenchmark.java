package org.complaintledger.benchmark;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintledger.access.Role;
import org.complaintledger.ledgertree.LedgerCheckpoints;
import org.complaintledger.ledgertree.LedgerSigningKeys;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.CaseBundleArchive;
import org.complaintledger.proof.verifier.BundleVerifier;
import org.complaintledger.proof.verifier.TrustedKeys;
import org.complaintledger.proof.verifier.Verdict;
import org.complaintledger.testsupport.TestAccounts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case bundle's speed target of issue 10, as a plain program (never run by {@code mvn verify}): the case bundle of
 * a 200-event complaint produced in under 50 ms. In one run, on a fresh embedded PostgreSQL (durable settings):
 * <ol>
 *     <li>a ledger of {@code benchmark.otherComplaints} complaints of four events each (logged, acknowledged, two
 *         pieces of correspondence) through the command gateway, with the 200 events of one more complaint (logged,
 *         acknowledged, 198 pieces of correspondence) spread evenly among them, so that its leaves lie all over the
 *         ledger's tree; a bundle of it made half-way, so later bundles carry a consistency proof from that
 *         checkpoint too;</li>
 *     <li>every event admitted and a checkpoint signed; the bundle checked once with the offline verifier;</li>
 *     <li>its case bundle over HTTP, one request at a time: as the officer, warm-up then the measured requests; then
 *         as an investigator under a grant, each download appending its read to the grant's record first.</li>
 * </ol>
 * See docs/benchmarks.md for the command line and the figures seen.
 */
public final class CaseBundleBenchmark {

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final int otherComplaints = Integer.getInteger("benchmark.otherComplaints", 5_000);
    private final int events = Integer.getInteger("benchmark.events", 200);
    private final int warmup = Integer.getInteger("benchmark.warmup", 10);
    private final int requests = Integer.getInteger("benchmark.requests", 200);

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    private CaseBundleBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("ledger-case-bundle-benchmark-");
        System.out.printf("%ncomplaint-ledger case bundle benchmark, %s%n", Instant.now());
        BenchmarkApplication.printMachine(root);
        ConfigurableApplicationContext context = BenchmarkApplication.start(root, args);
        Thread cleanUp = new Thread(() -> BenchmarkApplication.stop(context, root), "benchmark-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            new CaseBundleBenchmark(context).run();
        } finally {
            BenchmarkApplication.stop(context, root);
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            BenchmarkApplication.exitIfThreadsLinger();
        }
    }

    private void run() throws Exception {
        String complaint = ledger();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long signed = context.getBean(LedgerCheckpoints.class).signNow().orElseThrow().checkpoint().treeSize();
        System.out.printf("ledger: %,d events, %,d leaves, checkpoint of %,d leaves; the complaint has %d events%n",
                jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM ledger_leaf", Long.class), signed,
                jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                        Long.class, complaint));

        String path = "/api/complaints/" + complaint + "/case-bundle";
        String officer = authorization(TestAccounts.username(Role.OFFICER));
        byte[] archive = get(path, officer).body();
        String keep = System.getProperty("benchmark.keepBundle");
        if (keep != null) {
            // to try the verifier jar on: java -jar proof-<version>-verifier.jar --key <key> <file>
            Files.write(Path.of(keep), archive);
        }
        CaseBundle bundle = CaseBundleArchive.read(new ByteArrayInputStream(archive));
        Verdict verdict = new BundleVerifier(TrustedKeys.of(List.of(
                context.getBean(LedgerSigningKeys.class).currentPublicKey()))).verify(bundle);
        System.out.printf("%s; %d leaves, %d earlier checkpoints%n",
                verdict.verified() ? verdict.summary() : "NOT VERIFIED: " + verdict.failures(), bundle.leaves().size(),
                bundle.earlierCheckpoints().size());

        measure("case bundle, " + events + " events, as the officer", path, officer, warmup, requests);
        grant(complaint);
        measure("case bundle, " + events + " events, as an investigator (read recorded)", path,
                authorization(TestAccounts.username(Role.INVESTIGATOR)), 0, requests);
        measure("case record page, " + events + " events, as the officer", "/api/complaints/" + complaint
                + "/record", officer, warmup, requests);
    }

    /** The other complaints, with the measured complaint's events spread among them; answers its id. */
    private String ledger() {
        GatewayClient gateway = new GatewayClient(context.getBean(CommandGateway.class));
        String complaint = UUID.randomUUID().toString();
        long started = System.nanoTime();
        int every = Math.max(1, otherComplaints / events);
        int made = 0;
        for (int i = 0; i < otherComplaints || made < events; i++) {
            if (i < otherComplaints) {
                String other = UUID.randomUUID().toString();
                gateway.execute(new Workload.Operation(Workload.Kind.LOG, other));
                gateway.execute(new Workload.Operation(Workload.Kind.ACKNOWLEDGE, other));
                gateway.execute(new Workload.Operation(Workload.Kind.CORRESPOND, other));
                gateway.execute(new Workload.Operation(Workload.Kind.CORRESPOND, other));
            }
            if (made < events && (i % every == 0 || i >= otherComplaints)) {
                Workload.Kind kind = made == 0 ? Workload.Kind.LOG
                        : made == 1 ? Workload.Kind.ACKNOWLEDGE : Workload.Kind.CORRESPOND;
                gateway.execute(new Workload.Operation(kind, complaint));
                made++;
                if (made == events / 2) {
                    // an earlier bundle: its checkpoint is recorded, and later bundles prove it a prefix
                    get("/api/complaints/" + complaint + "/case-bundle",
                            authorization(TestAccounts.username(Role.OFFICER)));
                }
            }
        }
        System.out.printf("ledger recorded through the command gateway in %.1f s%n",
                (System.nanoTime() - started) / 1e9);
        return complaint;
    }

    private void grant(String complaint) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/complaints/" + complaint
                        + "/investigator-grants"))
                .header("Authorization", authorization(TestAccounts.username(Role.OFFICER)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"investigator": "%s", "expiresAt": "%s", "reason": "benchmark"}""".formatted(
                        TestAccounts.username(Role.INVESTIGATOR), Instant.now().plus(Duration.ofDays(1)))))
                .build();
        HttpResponse<String> granted = send(request, HttpResponse.BodyHandlers.ofString());
        if (granted.statusCode() != 201) {
            throw new IllegalStateException("the grant answered " + granted.statusCode() + ": " + granted.body());
        }
    }

    private void measure(String name, String path, String authorization, int warmups, int measured) {
        Latencies latencies = new Latencies();
        long bytes = 0;
        long cpu = 0;
        for (int i = 0; i < warmups + measured; i++) {
            long cpuBefore = PROCESS.getProcessCpuTime();
            long started = System.nanoTime();
            HttpResponse<byte[]> response = get(path, authorization);
            long took = System.nanoTime() - started;
            if (i >= warmups) {
                latencies.add(took);
                bytes = response.body().length;
                cpu += PROCESS.getProcessCpuTime() - cpuBefore;
            }
        }
        // the JVM's CPU time (the application's threads and this client's), which other load on the machine leaves
        // as it is: PostgreSQL's own is not in it
        System.out.printf("%-58s p50 %6.1f  p95 %6.1f  p99 %6.1f  max %6.1f ms  (n=%d, %,d bytes; JVM CPU %.1f ms a "
                        + "request)%n", name, latencies.percentile(50) / 1e6, latencies.percentile(95) / 1e6,
                latencies.percentile(99) / 1e6, latencies.percentile(100) / 1e6, measured, bytes,
                cpu / 1e6 / measured);
    }

    private HttpResponse<byte[]> get(String path, String authorization) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (Exception e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        }
    }

    private static String authorization(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + TestAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
