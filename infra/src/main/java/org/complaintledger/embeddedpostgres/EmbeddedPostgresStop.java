package org.complaintledger.embeddedpostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded PostgreSQL last: the connection pool depends on this bean, so Spring destroys the pool, and every
 * bean using it, first. Clients that are still going (a connection the pool closed a moment ago, another node sharing
 * this database) get a short while to go, then the server stops with a fast shutdown (zonky's {@code pg_ctl stop -m
 * fast}), which ends whatever session is left. zonky's own JVM shutdown hook, which would stop the server while the
 * ledger still used it, is never registered (DurableEmbeddedPostgres).
 */
final class EmbeddedPostgresStop {

    /** Long enough for backends whose connections were just closed to exit; short of holding a stop up. */
    static final Duration CLIENTS_WAIT = Duration.ofSeconds(2);
    private static final Duration CLIENTS_LOOK = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresStop.class);

    private final EmbeddedPostgres server;
    private final EmbeddedRoles roles;
    private final Path dataDirectory;

    EmbeddedPostgresStop(EmbeddedPostgres server, EmbeddedRoles roles, Path dataDirectory) {
        this.server = server;
        this.roles = roles;
        this.dataDirectory = dataDirectory;
    }

    void stop() throws IOException {
        long left = awaitClientsGone(Instant.now().plus(CLIENTS_WAIT));
        if (left > 0) {
            LOG.info("Stopping: {} client connection(s) still open after {} s; the fast shutdown ends them", left,
                    CLIENTS_WAIT.toSeconds());
        }
        server.close();
        LOG.info("Stopping: embedded PostgreSQL stopped, its cluster kept in {}", dataDirectory);
    }

    /** How many client sessions other than its own look are left at the deadline (0 as soon as there are none). */
    private long awaitClientsGone(Instant deadline) {
        try (Connection connection = roles.dataSource(server.getPort(), EmbeddedRoles.SUPERUSER).getConnection();
             Statement statement = connection.createStatement()) {
            while (true) {
                long clients = clients(statement);
                if (clients == 0 || !Instant.now().isBefore(deadline)) {
                    return clients;
                }
                Thread.sleep(CLIENTS_LOOK.toMillis());  // backends exit on their own: nothing to be told by
            }
        } catch (SQLException e) {
            LOG.debug("Could not count the embedded PostgreSQL's clients before stopping it", e);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static long clients(Statement statement) throws SQLException {
        try (ResultSet count = statement.executeQuery("SELECT count(*) FROM pg_stat_activity "
                + "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
            count.next();
            return count.getLong(1);
        }
    }
}
