package org.complaintledger.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** An outage is told apart from every other failure by its causes, however deeply wrapped. */
class DatabaseUnreachableTest {

    @Test
    void theDatabaseGoneInAnyWrappingIsAnOutage() {
        SQLException poolTimedOut = new SQLTransientConnectionException("Connection is not available, request timed out",
                "08001", new SQLException("Connection refused", "08001", new ConnectException("refused")));
        assertThat(DatabaseUnreachable.causedBy(new CannotCreateTransactionException("no connection", poolTimedOut)))
                .isTrue();
        assertThat(DatabaseUnreachable.causedBy(new CannotGetJdbcConnectionException("no connection", poolTimedOut)))
                .isTrue();
        // Axon's own wrapping of a session the server ended (fast shutdown: 57P01), and of a server starting (57P03).
        assertThat(DatabaseUnreachable.causedBy(new EventStoreException("could not be persisted",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnreachable.causedBy(new JdbcException("could not read",
                new SQLException("the database system is starting up", "57P03")))).isTrue();
        // A rollback that failed because the pool had already closed the broken connection (no SQLSTATE).
        assertThat(DatabaseUnreachable.causedBy(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnreachable.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnreachable.causedBy(new SQLException("invalid byte sequence for encoding", "22021")))
                .isFalse();
        assertThat(DatabaseUnreachable.causedBy(new TransactionSystemException("no transaction in progress")))
                .isFalse();
        assertThat(DatabaseUnreachable.causedBy(new IllegalStateException("a bug"))).isFalse();
    }
}
