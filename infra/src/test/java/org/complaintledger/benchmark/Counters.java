package org.complaintledger.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a phase cost, read before and after it: PostgreSQL's commits, WAL bytes and WAL fsyncs (the work behind
 * durability), and CPU time of the whole machine and of this JVM (the rest is PostgreSQL: nothing else runs).
 */
record Counters(long nanoTime, long commits, long walBytes, long walFsyncs, long machineBusyTicks, long machineTicks,
                long jvmCpuNanos, long postgresTicks, long allocatedBytes, long rowsWritten) {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    static Counters read(Connection monitor, long postmasterPid) throws SQLException {
        long commits;
        long walBytes;
        long rows;
        long fsyncs = -1;
        try (Statement statement = monitor.createStatement()) {
            statement.execute("SELECT pg_stat_force_next_flush()");
            try (ResultSet rs = statement.executeQuery("SELECT xact_commit, "
                    + "pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint, tup_inserted + tup_updated + tup_deleted "
                    + "FROM pg_stat_database WHERE datname = current_database()")) {
                rs.next();
                commits = rs.getLong(1);
                walBytes = rs.getLong(2);
                rows = rs.getLong(3);
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT coalesce(sum(fsyncs), 0)::bigint FROM pg_stat_io WHERE object = 'wal'")) {
                rs.next();
                fsyncs = rs.getLong(1);
            } catch (SQLException e) {
                // before PostgreSQL 18 WAL fsyncs are not in pg_stat_io
            }
        }
        long busy = -1;
        long total = -1;
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            total = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                total += Long.parseLong(cpu[i]);
            }
            busy = total - Long.parseLong(cpu[4]) - Long.parseLong(cpu[5]); // minus idle and iowait
        } catch (IOException | RuntimeException e) {
            // not Linux: no machine-wide CPU figures
        }
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        // every thread's allocations, those of threads that ended included
        long allocated = ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getTotalThreadAllocatedBytes();
        return new Counters(System.nanoTime(), commits, walBytes, fsyncs, busy, total, jvm, postgresTicks(postmasterPid),
                allocated, rows);
    }

    /** CPU ticks of the postmaster and its children (backends, WAL writer, checkpointer...) living or ended, -1 if unknown. */
    private static long postgresTicks(long postmasterPid) {
        if (postmasterPid <= 0) {
            return -1;
        }
        long ticks = 0;
        try (var processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(process.getFileName().toString());
                    long parent = Long.parseLong(fields[1]);
                    if (pid == postmasterPid) {
                        // utime + stime, and cutime + cstime: backends that ended (closed connections) count here
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12])
                                + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                    } else if (parent == postmasterPid) {
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks;
    }

    /** The cost of one phase, per operation counted in it. */
    record Cost(double commitsPerOp, double walBytesPerOp, double fsyncsPerSecond, double machineBusyCores,
                double jvmCores, double postgresCores, double otherCores, double jvmCpuMsPerOp,
                double allocatedKibPerOp, double rowsPerOp) {

        String describe() {
            return String.format("%.2f commits/op, %.0f WAL bytes/op, %.2f rows written/op, %.0f WAL fsyncs/s; "
                            + "CPU busy %.2f of %d cores (this JVM %.2f, PostgreSQL %.2f, anything else %.2f); "
                            + "this JVM %.2f ms CPU and %.0f KiB allocated per op",
                    commitsPerOp, walBytesPerOp, rowsPerOp, fsyncsPerSecond, machineBusyCores,
                    Runtime.getRuntime().availableProcessors(), jvmCores, postgresCores, otherCores, jvmCpuMsPerOp,
                    allocatedKibPerOp);
        }
    }

    Cost since(Counters before, long operations) {
        double seconds = (nanoTime - before.nanoTime) / 1e9;
        double ops = Math.max(1, operations);
        double busyCores = (machineBusyTicks - before.machineBusyTicks) / TICKS_PER_SECOND / seconds;
        double jvmCores = (jvmCpuNanos - before.jvmCpuNanos) / 1e9 / seconds;
        double postgresCores = postgresTicks < 0 ? -1 : (postgresTicks - before.postgresTicks) / TICKS_PER_SECOND / seconds;
        return new Cost((commits - before.commits) / ops, (walBytes - before.walBytes) / ops,
                walFsyncs < 0 ? -1 : (walFsyncs - before.walFsyncs) / seconds,
                busyCores, jvmCores, postgresCores, Math.max(0, busyCores - jvmCores - Math.max(0, postgresCores)),
                (jvmCpuNanos - before.jvmCpuNanos) / 1e6 / ops, (allocatedBytes - before.allocatedBytes) / 1024.0 / ops,
                (rowsWritten - before.rowsWritten) / ops);
    }
}
