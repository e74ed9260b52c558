package org.complaintledger.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.complaintledger.nodes.NodeIdentity;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes' key stores on one database, as the application builds each (docs/multi-node.md): node b erases, node a
 * hears the notice on its own listening connection and trusts no key it cached before; a node that is not listening
 * caches nothing, so an erasure it never heard of still holds for it.
 */
@LedgerTest
class ErasureNoticesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KeyEncryptionKeys keks;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final NodeIdentity nodeA = new NodeIdentity("test-a-" + UUID.randomUUID());
    private final NodeIdentity nodeB = new NodeIdentity("test-b-" + UUID.randomUUID());
    private final String subject = "subject-" + UUID.randomUUID();
    private final String other = "subject-" + UUID.randomUUID();
    private ErasureNotices noticesA;
    private PostgresSubjectKeyStore a;
    private PostgresSubjectKeyStore b;

    private void nodes() {
        noticesA = new ErasureNotices(jdbc, nodeA, Duration.ofSeconds(10), Duration.ofMillis(300));
        a = new PostgresSubjectKeyStore(jdbc, keks, new SecureRandom(), Duration.ofMinutes(1), 100, Clock.systemUTC(),
                noticesA);
        b = new PostgresSubjectKeyStore(jdbc, keks, new SecureRandom(), Duration.ofMinutes(1), 100, Clock.systemUTC(),
                new ErasureNotices(jdbc, nodeB, Duration.ofSeconds(10), Duration.ofMillis(300)));
        inTransaction(() -> b.keyForSealing(subject));
        inTransaction(() -> b.keyForSealing(other));
    }

    /** The test's nodes are gone: the application's own erasures must not wait for them. */
    @AfterEach
    void leave() {
        jdbc.update("DELETE FROM ledger_node WHERE node_id IN (?, ?)", nodeA.id(), nodeB.id());
    }

    @Test
    void anErasureAtAnotherNodeIsHeardAndNoKeyCachedBeforeItIsTrusted() throws Exception {
        nodes();
        try (Connection listening = dataSource.getConnection()) {
            listening.setAutoCommit(true);
            try (Statement statement = listening.createStatement()) {
                statement.execute("LISTEN " + noticesA.name());
            }
            noticesA.listening(listening);
            assertThat(a.keyForOpening(subject)).isPresent();
            assertThat(a.keyForOpening(other)).isPresent();

            inTransaction(() -> b.destroy(subject));
            for (String notice : noticesFor(listening, subject)) {
                noticesA.received(listening, notice);
            }

            assertThat(a.keyForOpening(subject)).isEmpty();
            assertThat(a.keyForOpening(other)).as("read again, still there").isPresent();
            long generation = jdbc.queryForObject("SELECT generation FROM erasure_generation", Long.class);
            assertThat(jdbc.queryForObject("SELECT erasure_generation FROM ledger_node WHERE node_id = ?", Long.class,
                    nodeA.id())).as("heard, and said so for the erasing node").isEqualTo(generation);
        }
    }

    @Test
    void aNodeThatIsNotListeningTrustsNoCachedKey() throws Exception {
        nodes();
        assertThat(a.keyForOpening(subject)).isPresent();
        inTransaction(() -> b.destroy(subject));
        assertThat(a.keyForOpening(subject)).as("never listening").isEmpty();

        try (Connection listening = dataSource.getConnection()) {
            noticesA.listening(listening);
            assertThat(a.keyForOpening(other)).isPresent();
            noticesA.lost();
            // Erased while a's connection is down: the notice never reaches it.
            inTransaction(() -> b.destroy(other));
            assertThat(a.keyForOpening(other)).as("the connection lost").isEmpty();
        }
    }

    private static List<String> noticesFor(Connection listening, String subject) {
        List<String> heard = new ArrayList<>();
        PGConnection connection = uncheckedUnwrap(listening);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            PGNotification[] received = connection.getNotifications(100);
            if (received != null) {
                for (PGNotification notice : received) {
                    heard.add(notice.getParameter());
                }
            }
            return heard.stream().anyMatch(notice -> notice.endsWith(":" + subject));
        });
        return heard;
    }

    private static PGConnection uncheckedUnwrap(Connection connection) {
        try {
            return connection.unwrap(PGConnection.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }
}
