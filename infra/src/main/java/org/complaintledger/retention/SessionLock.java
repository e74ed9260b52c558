package org.complaintledger.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A PostgreSQL session advisory lock held on a connection of its own while some work runs, for work longer than one
 * transaction (the retention run erases each subject in a transaction of its own). Released when the work ends, and
 * by the server if this process dies, since the session ends with it.
 */
final class SessionLock {

    /** The ASCII of "cl-reten". */
    static final long RETENTION = 0x636c2d726574656eL;

    /** For a job made outside Spring (tests): no other process to keep out. */
    static final SessionLock NONE = new SessionLock(null, 0);

    private final DataSource dataSource;
    private final long key;

    SessionLock(DataSource dataSource, long key) {
        this.dataSource = dataSource;
        this.key = key;
    }

    /** @return whether the work ran: false when another session holds the lock */
    boolean whileHeld(Runnable work) {
        if (dataSource == null) {
            work.run();
            return true;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!tryLock(connection)) {
                return false;
            }
            try {
                work.run();
            } finally {
                try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, key);
                    unlock.execute();
                }
            }
            return true;
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the retention run's lock: " + e.getMessage(), e);
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, key);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
