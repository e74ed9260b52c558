package org.complaintledger.benchmark;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.reporting.ReportReadModel;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reports' speed target of issue 9, as a plain program (never run by {@code mvn verify}): the annual report and
 * the TSM of a very large landlord (50,000 complaints a year) under 100 ms at p95 as JSON, and the case record page of
 * a 200-event complaint under 50 ms. In one run, on a fresh embedded PostgreSQL:
 * <ol>
 *     <li>the demo ledger of a 10,000-home landlord over two financial years, through the command side;</li>
 *     <li>a few reports as at a past instant on it (each rebuilds the report read models from every event);</li>
 *     <li>the report read models multiplied to {@code benchmark.complaintsPerYear}: every row of a complaint copied
 *         under new complaint ids (and the homes owned multiplied alike), so a year holds that many complaints in the
 *         demo's mix — recording them all through the command side would take the better part of an hour here;</li>
 *     <li>each report, now, sequentially over HTTP as the officer: warm-up, then the measured requests, with the
 *         ledger unchanged between them (the answer kept, {@code reports.AnswerCache}); then each right after a
 *         step of today's work was recorded and processed (a complaint received now, a day after the year: the
 *         answer still kept); then each right after a step backdated into the year (read from the tables again);</li>
 *     <li>a complaint of 200 events through the HTTP API, and its case record page, likewise.</li>
 * </ol>
 * See docs/benchmarks.md for the command line and the figures seen.
 */
public final class ReportBenchmark {

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private final HttpLedgerClient http;
    private final int warmup = Integer.getInteger("benchmark.warmup", 10);
    private final int requests = Integer.getInteger("benchmark.requests", 200);
    private final int complaintsPerYear = Integer.getInteger("benchmark.complaintsPerYear", 50_000);
    private final int year;

    private ReportBenchmark(ConfigurableApplicationContext context, int year) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
        this.http = new HttpLedgerClient(port);
        this.year = year;
    }

    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("ledger-report-benchmark-");
        System.out.printf("%ncomplaint-ledger report benchmark, %s%n", Instant.now());
        BenchmarkApplication.printMachine(root);
        // the last financial year ended, and the one before, loaded on start-up (infra demo.DemoDataLoader)
        int year = LocalDate.now(ZoneId.of("Europe/London")).minusMonths(3).getYear() - 1;
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.addAll(List.of("--complaint-ledger.demo.homes=" + Integer.getInteger("benchmark.homes", 10_000),
                "--complaint-ledger.demo.last-financial-year=" + year));
        long started = System.nanoTime();
        ConfigurableApplicationContext context = BenchmarkApplication.start(root, arguments.toArray(String[]::new));
        System.out.printf("demo ledger loaded with the application in %.1f s%n", (System.nanoTime() - started) / 1e9);
        Thread cleanUp = new Thread(() -> BenchmarkApplication.stop(context, root), "benchmark-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        ReportBenchmark benchmark = new ReportBenchmark(context, year);
        try (HttpLedgerClient client = benchmark.http) {
            benchmark.run();
        } finally {
            BenchmarkApplication.stop(context, root);
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            BenchmarkApplication.exitIfThreadsLinger();
        }
    }

    private void run() throws Exception {
        awaitProjections();
        System.out.printf("events %,d; complaints received in %d/%02d: %,d%n",
                jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class), year, (year + 1) % 100,
                complaintsOfTheYear());

        String asAt = LocalDate.of(year + 1, 6, 1).atStartOfDay(ZoneId.of("Europe/London")).toInstant().toString();
        for (String report : List.of("annual", "tenant-satisfaction-measures")) {
            measure(report + " as at " + asAt + " (demo ledger)", "/api/reports/" + report + "?financialYear=" + year
                    + "&asAt=" + asAt, 1, 3);
        }

        int copies = multiplyReadModels();
        System.out.printf("read models multiplied: %d copies of every complaint; complaints received in the year: %,d"
                + "; timescale rows %,d%n", copies, complaintsOfTheYear(),
                jdbc.queryForObject("SELECT count(*) FROM timescale_compliance", Long.class));
        // today's work: a complaint received now; a correction of the year: one received in its last March
        Change today = () -> http.execute(new Workload.Operation(Workload.Kind.LOG, null));
        String inTheYear = LocalDate.of(year + 1, 3, 16).atTime(10, 0).atZone(ZoneId.of("Europe/London"))
                .toInstant().toString();
        Change correction = () -> {
            HttpResponse<String> logged = http.logReceivedAt(inTheYear);
            if (logged.statusCode() != 201) {
                throw new IllegalStateException("a backdated complaint answered " + logged.statusCode() + ": "
                        + logged.body());
            }
        };
        for (String report : List.of("annual", "tenant-satisfaction-measures", "self-assessment-evidence")) {
            String path = "/api/reports/" + report + "?financialYear=" + year;
            measure(report + " JSON, unchanged ledger", path, warmup, requests);
            measure(report + " HTML, unchanged ledger", path + "&format=html", warmup, requests);
            measureAfterChanges(report + " JSON, after each step of today's work", path, today);
            measureAfterChanges(report + " JSON, after each step backdated into the year", path, correction);
        }
        String quarter = "/api/reports/governing-body-update?from=" + year + "-10-01&to=" + year + "-12-31";
        measure("governing-body-update JSON, unchanged ledger", quarter, warmup, requests);
        measureAfterChanges("governing-body-update JSON, after each step backdated into the year", quarter,
                correction);

        String complaint = complaintOf(200);
        measure("case record page, 200 events", "/api/complaints/" + complaint + "/record", warmup, requests);
        measure("case record JSON, 200 events", "/api/complaints/" + complaint + "/events", warmup, requests);
    }

    /** A step recorded on the ledger. */
    private interface Change {
        void make() throws Exception;
    }

    /**
     * The report read right after {@code change} was recorded and processed by every processor: kept if the
     * change touched no day of the report ({@code reports.AnswerCache}), read from the tables again if it did.
     */
    private void measureAfterChanges(String name, String path, Change change) throws Exception {
        Latencies latencies = new Latencies();
        int measured = Integer.getInteger("benchmark.changedRequests", 30);
        for (int i = 0; i < measured; i++) {
            change.make();
            while (BenchmarkApplication.processorLag(context) > 0) {
                Thread.sleep(5);
            }
            long started = System.nanoTime();
            HttpResponse<String> response = http.get(path);
            latencies.add(System.nanoTime() - started);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
        }
        print(name, latencies, measured, 0);
    }

    private void measure(String name, String path, int warmups, int measured) throws Exception {
        Latencies latencies = new Latencies();
        long bytes = 0;
        for (int i = 0; i < warmups + measured; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.get(path);
            long took = System.nanoTime() - started;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= warmups) {
                latencies.add(took);
                bytes = response.body().length();
            }
        }
        print(name, latencies, measured, bytes);
    }

    private static void print(String name, Latencies latencies, int measured, long chars) {
        System.out.printf("%-62s p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms  (n=%d, %,d chars)%n", name,
                latencies.percentile(50) / 1e6, latencies.percentile(95) / 1e6, latencies.percentile(99) / 1e6,
                latencies.percentile(100) / 1e6, measured, chars);
    }

    /**
     * Copies every complaint's rows in the report read models under {@code <id>~<n>}, enough times for the year to
     * hold {@code complaintsPerYear}, and multiplies the homes owned alike so the rates keep the demo's.
     */
    private int multiplyReadModels() {
        long inYear = complaintsOfTheYear();
        int copies = (int) Math.max(0, (complaintsPerYear + inYear - 1) / inYear - 1);
        long started = System.nanoTime();
        for (ReportReadModel model : context.getBeansOfType(ReportReadModel.class).values()) {
            for (String table : model.tables()) {
                List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns "
                        + "WHERE table_name = ? AND table_schema = current_schema() ORDER BY ordinal_position",
                        String.class, table);
                if (!columns.contains("complaint_id")) {
                    continue;
                }
                String copied = String.join(", ", columns.stream()
                        .map(c -> c.equals("complaint_id") ? "complaint_id || '~' || ?" : c).toList());
                // one copy at a time: every row written goes through the table's day-change trigger (V20), and one
                // statement must end within the application's 5 s socket timeout
                for (int n = 1; n <= copies; n++) {
                    jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + copied
                            + " FROM " + table + " WHERE complaint_id NOT LIKE '%~%'", n);
                }
            }
        }
        jdbc.update("UPDATE homes_owned SET low_cost_rental = low_cost_rental * ?, "
                + "low_cost_home_ownership = low_cost_home_ownership * ?", copies + 1, copies + 1);
        jdbc.execute("ANALYZE");
        System.out.printf("copying took %.1f s%n", (System.nanoTime() - started) / 1e9);
        return copies;
    }

    private long complaintsOfTheYear() {
        return jdbc.queryForObject("SELECT count(*) FROM timescale_compliance WHERE stage = 1 AND opened_on "
                + "BETWEEN ? AND ?", Long.class, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31));
    }

    /** A complaint logged, acknowledged and given {@code events} - 2 pieces of correspondence, through HTTP. */
    private String complaintOf(int events) throws Exception {
        String id = http.execute(new Workload.Operation(Workload.Kind.LOG, null));
        http.execute(new Workload.Operation(Workload.Kind.ACKNOWLEDGE, id));
        for (int i = 2; i < events; i++) {
            http.execute(new Workload.Operation(Workload.Kind.CORRESPOND, id));
        }
        return id;
    }

    private void awaitProjections() throws InterruptedException {
        long started = System.nanoTime();
        while (BenchmarkApplication.processorLag(context) > 0
                && System.nanoTime() - started < Duration.ofMinutes(10).toNanos()) {
            Thread.sleep(200);
        }
        System.out.printf("projections caught up %.1f s after start-up (lag %d)%n", (System.nanoTime() - started) / 1e9,
                BenchmarkApplication.processorLag(context));
    }
}
