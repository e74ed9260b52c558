package org.complaintledger.outage;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure to reach PostgreSQL apart from every other failure, whatever wrapped it on the way up (Spring's
 * {@code CannotGetJdbcConnectionException} or {@code CannotCreateTransactionException}, Axon's {@code JdbcException}
 * or {@code EventStoreException}, a servlet exception): some cause in the chain is a connection failure.
 */
public final class DatabaseUnreachable {

    /**
     * SQLSTATEs of a server that is going or not there yet: admin shutdown, crash shutdown, cannot connect now
     * (starting up or in recovery). Class 08 (connection exception) is matched as a whole.
     */
    private static final Set<String> SERVER_GOING_OR_STARTING = Set.of("57P01", "57P02", "57P03");

    /** Bounds the walk down the cause chain, which could in principle be circular. */
    private static final int MAX_DEPTH = 32;

    private DatabaseUnreachable() {
    }

    public static boolean causedBy(Throwable failure) {
        return anyCause(failure, DatabaseUnreachable::isConnectionFailure);
    }

    static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException         // the pool's connection timeout
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException
                || cause instanceof ConnectException                 // refused
                || cause instanceof SocketTimeoutException) {        // the driver's socket timeout
            return true;
        }
        if (cause instanceof TransactionSystemException broken && broken.getCause() instanceof SQLException) {
            // The commit or rollback itself failed in JDBC: the connection is gone (the pool then says only
            // "Connection is closed", without a SQLSTATE, and the failure that broke it is not in the chain).
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || SERVER_GOING_OR_STARTING.contains(state);
        }
        return false;
    }
}
