package org.complaintledger.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Diagnostics ({@code -Dbenchmark.sampleActivity=true}): samples pg_stat_activity every 100 ms during a measurement
 * window and prints what the server's backends were doing most often: a poor man's wait-event profile.
 */
final class ActivitySampler implements AutoCloseable {

    private final Connection connection;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private int samples;

    ActivitySampler(String jdbcUrl) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl);
        this.thread = Thread.ofPlatform().daemon().name("activity-sampler").start(this::sample);
    }

    private void sample() {
        try (Statement statement = connection.createStatement()) {
            while (running) {
                try (ResultSet rs = statement.executeQuery("""
                        SELECT backend_type, state, coalesce(wait_event_type, '-'), coalesce(wait_event, '-'),
                               left(regexp_replace(query, '\\s+', ' ', 'g'), 90)
                        FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND state IS DISTINCT FROM 'idle'""")) {
                    while (rs.next()) {
                        String key = String.format("%-14s %-20s %-9s %-18s %s", rs.getString(1), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5));
                        counts.merge(key, 1, Integer::sum);
                    }
                }
                samples++;
                Thread.sleep(100);
            }
        } catch (SQLException | InterruptedException e) {
            // stop sampling
        }
    }

    @Override
    public void close() throws Exception {
        running = false;
        thread.join();
        connection.close();
        System.out.printf("  pg_stat_activity, %d samples: average non-idle backends by what they were doing%n", samples);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(15)
                .forEach(e -> System.out.printf("  %5.2f  %s%n", e.getValue() / (double) Math.max(1, samples), e.getKey()));
    }
}
