package org.complaintledger.benchmark;

import java.util.Arrays;

/** Latency samples in nanoseconds, kept whole and sorted once: a few hundred thousand longs at most. */
final class Latencies {

    private long[] samples = new long[1 << 14];
    private int count;

    synchronized void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    synchronized void addAll(Latencies other) {
        long[] theirs;
        int n;
        synchronized (other) {
            theirs = other.samples;
            n = other.count;
        }
        for (int i = 0; i < n; i++) {
            add(theirs[i]);
        }
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return new Summary(count, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                percentile(sorted, 99.9), count == 0 ? 0 : sorted[count - 1]);
    }

    /** The nearest-rank percentile {@code p} of the samples so far, in nanoseconds. */
    synchronized long percentile(double p) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return percentile(sorted, p);
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Nearest-rank percentiles, in nanoseconds. */
    record Summary(int count, long p50, long p90, long p99, long p999, long max) {

        String millis() {
            return String.format("p50 %s  p90 %s  p99 %s  p99.9 %s  max %s ms  (n=%d)",
                    ms(p50), ms(p90), ms(p99), ms(p999), ms(max), count);
        }

        static String ms(long nanos) {
            return String.format("%.2f", nanos / 1e6);
        }
    }
}
