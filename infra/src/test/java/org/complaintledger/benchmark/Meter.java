package org.complaintledger.benchmark;

import java.sql.Connection;
import java.sql.SQLException;

/** Reads the counters as a measurement window opens and closes, and optionally samples the server's activity. */
final class Meter implements LoadPhases.Window {

    private final Connection monitor;
    private final String jdbcUrl;
    private final long postmasterPid;
    private volatile Counters opened;
    private volatile Counters closed;
    private ActivitySampler sampler;

    Meter(Connection monitor, String jdbcUrl, long postmasterPid) {
        this.monitor = monitor;
        this.jdbcUrl = jdbcUrl;
        this.postmasterPid = postmasterPid;
    }

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
