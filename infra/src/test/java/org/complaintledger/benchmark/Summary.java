package org.complaintledger.benchmark;

import java.util.List;

/** The table of every measurement, and the two targets judged against them. */
record Summary(int clients, List<CommandBenchmark.Row> rows) {

    private static final double RATIO_TARGET = 0.5;
    private static final double P99_TARGET_MS = 25;

    void print(LoadPhases.Result rawBefore, LoadPhases.Result rawAfter, LoadPhases.Result gateway,
               LoadPhases.Result openGateway, LoadPhases.Result http, LoadPhases.Result openHttp) {
        System.out.printf("%nSUMMARY (%d clients closed loop; open loop from intended start times; latencies in ms)%n",
                clients);
        String format = "| %-24s | %9s | %7s | %7s | %7s | %7s | %6s | %10s | %8s | %7s | %9s | %7s | %16s |%n";
        System.out.printf(format, "measurement", "ops/s", "p50", "p90", "p99", "max", "errors", "commits/op",
                "WAL B/op", "rows/op", "JVM ms/op", "KiB/op", "CPU JVM+PG+other");
        System.out.printf(format, "-".repeat(24), "-".repeat(9), "-".repeat(7), "-".repeat(7), "-".repeat(7),
                "-".repeat(7), "-".repeat(6), "-".repeat(10), "-".repeat(8), "-".repeat(7), "-".repeat(9),
                "-".repeat(7), "-".repeat(16));
        for (CommandBenchmark.Row row : rows) {
            Latencies.Summary l = row.result().latency();
            Counters.Cost c = row.cost();
            System.out.printf(format, row.measurement(), String.format("%.0f", row.result().perSecond()),
                    Latencies.Summary.ms(l.p50()), Latencies.Summary.ms(l.p90()), Latencies.Summary.ms(l.p99()),
                    Latencies.Summary.ms(l.max()), row.result().errors(),
                    c == null ? "-" : String.format("%.2f", c.commitsPerOp()),
                    c == null ? "-" : String.format("%.0f", c.walBytesPerOp()),
                    c == null ? "-" : String.format("%.2f", c.rowsPerOp()),
                    c == null ? "-" : String.format("%.2f", c.jvmCpuMsPerOp()),
                    c == null ? "-" : String.format("%.0f", c.allocatedKibPerOp()),
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
        System.out.printf("gateway p99 at %.0f/s offered (%.0f%% of max): %.2f ms (target < %.0f ms at 50%%) -> %s%n",
                openGateway.targetRate(), 100 * openGateway.targetRate() / gateway.perSecond(), p99, P99_TARGET_MS, p99 < P99_TARGET_MS && openGateway.errors() == 0
                        ? "MET" : "NOT MET");
        if (openHttp != null) {
            System.out.printf("HTTP p99 at %.0f/s offered (%.0f%% of max): %.2f ms%n", openHttp.targetRate(),
                    100 * openHttp.targetRate() / http.perSecond(), openHttp.latency().p99() / 1e6);
        }
    }
}
