package org.complaintledger.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/** Prints what the measurements ran against, and refuses a server that does not commit durably. */
final class ServerDescription {

    private static final List<String> SETTINGS = List.of("server_version", "data_directory", "fsync",
            "synchronous_commit", "full_page_writes", "wal_sync_method", "wal_level", "commit_delay", "commit_siblings",
            "wal_buffers", "shared_buffers", "max_wal_size", "checkpoint_timeout", "max_connections");

    private ServerDescription() {
    }

    /** Prints the server's settings, the application's pool and processors; returns the postmaster's pid, or -1. */
    static long print(Connection monitor, ConfigurableApplicationContext context) throws SQLException {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String name : SETTINGS) {
            try (Statement statement = monitor.createStatement();
                 ResultSet rs = statement.executeQuery("SHOW " + name)) {
                rs.next();
                shown.put(name, rs.getString(1));
            }
        }
        long postmasterPid = -1;
        try {
            postmasterPid = Long.parseLong(Files.readAllLines(Path.of(shown.get("data_directory"), "postmaster.pid"))
                    .getFirst().trim());
        } catch (IOException | RuntimeException e) {
            System.out.println("postmaster pid unknown, PostgreSQL CPU not measured: " + e);
        }
        System.out.println("PostgreSQL (the same server for every measurement), postmaster pid " + postmasterPid + ":");
        shown.forEach((name, value) -> System.out.printf("  SHOW %-18s = %s%n", name, value));
        if (!"on".equals(shown.get("fsync")) || !"on".equals(shown.get("synchronous_commit"))) {
            throw new IllegalStateException("durability is off (fsync=" + shown.get("fsync") + ", synchronous_commit="
                    + shown.get("synchronous_commit") + "): the benchmark measures durable commits only");
        }
        DataSource dataSource = context.getBean(DataSource.class);
        if (dataSource instanceof HikariDataSource hikari) {
            System.out.printf("application pool: Hikari maximumPoolSize=%d minimumIdle=%d%n",
                    hikari.getMaximumPoolSize(), hikari.getMinimumIdle());
        }
        context.getBean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) ->
                System.out.printf("event processor: %s (%s)%n", name, processor.getClass().getSimpleName()));
        return postmasterPid;
    }
}
