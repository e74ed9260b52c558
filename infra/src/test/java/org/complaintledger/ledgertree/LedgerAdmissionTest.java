package org.complaintledger.ledgertree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.ledgertree.ChainedInserts.Written;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Admission into the ledger's tree (docs/proofs.md, section 2) while events are appended concurrently: every committed
 * event becomes exactly one leaf, leaves never change once observed, an event whose transaction commits late is
 * admitted late, an index whose transaction rolled back is given up once nothing can still commit it, and the stored
 * tree is the tree recomputed from the events themselves. Events that do not hold are refused and recorded.
 */
@LedgerTreeTest
class LedgerAdmissionTest extends AdmittedLedger {

    private static final int APPENDERS = 4;
    private static final int STEPS_EACH = 15;

    @LocalServerPort
    int port;

    @Test
    void concurrentAppendsBecomeLeavesOnceInAnOrderThatNeverChanges() throws Exception {
        List<List<String>> observed = Collections.synchronizedList(new ArrayList<>());
        try (Connection held = transaction(); Connection rolledBack = transaction()) {
            // Both take their global_index before every event below, and commit late or never.
            Written late = inserts.append(held, "held-" + UUID.randomUUID(), 0, null);
            Written never = inserts.append(rolledBack, "rolled-back-" + UUID.randomUUID(), 0, null);

            List<String> appended = appendConcurrentlyWhileObserving(observed);

            admission.admitNow();
            observed.add(tree.leaves());
            assertThat(appended).allSatisfy(event -> assertThat(tree.isLeaf(event)).as(event).isTrue());
            assertThat(tree.isLeaf(late.eventIdentifier())).isFalse();
            assertThat(tree.awaited(late.globalIndex())).isTrue();
            assertThat(tree.awaited(never.globalIndex())).isTrue();

            // Past the grace, an index is still awaited while the transaction that may hold it is running.
            await().atMost(Duration.ofSeconds(20)).until(() -> tree.awaitedLongerThanGrace(never.globalIndex()));
            admission.admitNow();
            assertThat(tree.awaited(never.globalIndex())).isTrue();
            assertThat(tree.awaited(late.globalIndex())).isTrue();

            rolledBack.rollback();
            held.commit();
            admission.admitNow();
            observed.add(tree.leaves());

            long lateLeaf = tree.leafIndexOf(late.eventIdentifier());
            assertThat(appended).allSatisfy(event -> assertThat(tree.leafIndexOf(event))
                    .as("an event after the late one in global_index order, committed before it, is a leaf before it")
                    .isLessThan(lateLeaf));
            assertThat(appended).allSatisfy(event -> assertThat(tree.globalIndexOf(event))
                    .isGreaterThan(late.globalIndex()));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                admission.admitNow();
                return !tree.awaited(never.globalIndex());
            });
            assertThat(tree.isLeaf(never.eventIdentifier())).isFalse();
        }

        for (int i = 1; i < observed.size(); i++) {
            List<String> before = observed.get(i - 1);
            List<String> after = observed.get(i);
            assertThat(after.size()).isGreaterThanOrEqualTo(before.size());
            assertThat(after.subList(0, before.size())).as("observation " + i + " extends the one before it")
                    .isEqualTo(before);
        }
        assertThat(observed.size()).as("observations made while appending").isGreaterThan(3);
        List<String> leaves = tree.leaves();
        assertThat(leaves).doesNotHaveDuplicates();
        assertThat(tree.passedOver()).as("committed events neither leaves, refused nor awaited").isZero();
        long size = proofs.treeSize();
        assertThat(leaves).hasSize((int) size);
        assertThat(proofs.root(size)).isEqualTo(tree.rootFromScratch(size));
    }

    /**
     * Appenders through the real command path (HTTP, the command bus, the event store's chained INSERT) on threads
     * of their own, while this thread admits and observes the leaves again and again. Answers every event appended.
     */
    private List<String> appendConcurrentlyWhileObserving(List<List<String>> observations) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(APPENDERS);
        AtomicBoolean done = new AtomicBoolean();
        try {
            List<Future<String>> appenders = new ArrayList<>();
            for (int a = 0; a < APPENDERS; a++) {
                appenders.add(pool.submit(() -> complaintWithCorrespondence(STEPS_EACH)));
            }
            Future<?> finished = pool.submit(() -> {
                for (Future<String> appender : appenders) {
                    appender.get();
                }
                done.set(true);
                return null;
            });
            while (!done.get()) {
                admission.admitNow();
                observations.add(tree.leaves());
            }
            finished.get();
            List<String> events = new ArrayList<>();
            for (Future<String> appender : appenders) {
                events.addAll(jdbc.queryForList("SELECT event_identifier FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? ORDER BY sequence_number", String.class, appender.get()));
            }
            assertThat(events).hasSize(APPENDERS * (STEPS_EACH + 1));
            return events;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Logs a complaint and records correspondence on it, step after step; answers the complaint's id. */
    private String complaintWithCorrespondence(int steps) {
        LedgerClient officer = new LedgerClient(port);
        String id = officer.logComplaint();
        for (int step = 0; step < steps; step++) {
            LedgerClient.Reply reply = officer.post("/api/complaints/" + id + "/correspondence", """
                    {"direction": "INBOUND", "party": "RESIDENT", "channel": "PHONE", "summary": "call %d"}"""
                    .formatted(step));
            assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        }
        return id;
    }

    private Connection transaction() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }
}
