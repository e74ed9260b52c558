package org.complaintledger.eventstream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Only one process publishes at a time: the one holding a PostgreSQL session advisory lock, on a connection of its own
 * kept open while it publishes. If the process dies (or its connection does), PostgreSQL releases the lock and the
 * next node to try takes over from the stored position. A node that lost its connection but not its producer is
 * fenced by Kafka: the new publisher's transactional producer, with the same transactional id, aborts its transaction.
 */
final class PublisherLock implements AutoCloseable {

    /** pg_advisory_lock key: "cl-strm" in ASCII, distinct from the admitter's. */
    private static final long LOCK = 0x636c2d7374726dL;
    private static final Logger LOG = LoggerFactory.getLogger(PublisherLock.class);

    private final DataSource dataSource;
    private Connection held;

    PublisherLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether this process holds the lock now: checks the held connection is alive, or tries to take it. */
    synchronized boolean hold() {
        if (held != null) {
            try {
                if (held.isValid(5)) {
                    return true;
                }
            } catch (SQLException e) {
                // lost: let go below and try again
            }
            LOG.warn("Event stream: lost the connection holding the publisher lock; trying to take it again");
            close();
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                statement.setLong(1, LOCK);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        held = connection;
                        LOG.info("Event stream: this process is the publisher");
                        return true;
                    }
                }
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            closeQuietly(connection);
            return false;
        }
    }

    synchronized boolean held() {
        return held != null;
    }

    /** Lets go of the lock (closing its connection releases it even if the unlock is not heard). */
    @Override
    public synchronized void close() {
        if (held != null) {
            try (PreparedStatement statement = held.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                statement.setLong(1, LOCK);
                statement.execute();
            } catch (SQLException e) {
                // the connection is going anyway
            }
            closeQuietly(held);
            held = null;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing more to do
            }
        }
    }
}
