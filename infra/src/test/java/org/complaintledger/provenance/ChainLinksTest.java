package org.complaintledger.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.complaintledger.personaldata.KeyEncryptionKeys;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.StoredEvent;
import org.complaintledger.testsupport.MigratedBefore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch's links find each previous hash earlier in the batch, among the last links this process committed, or with
 * one query for the whole batch; a link of a transaction that rolled back is never used.
 */
class ChainLinksTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedPostgres server;

    private final AppendSeals seals = new AppendSeals(new KeyEncryptionKeys(
            Map.of("kek-1", new SecretKeySpec(new byte[32], "AES")), "kek-1", RANDOM));
    private final AtomicInteger statements = new AtomicInteger();
    private DataSource database;
    private JdbcTemplate jdbc;
    private TransactionTemplate transactions;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void database() {
        String name = "ledger_" + UUID.randomUUID().toString().replace("-", "");
        new JdbcTemplate(server.getPostgresDatabase()).execute("CREATE DATABASE " + name);
        database = server.getDatabase("postgres", name);
        jdbc = new JdbcTemplate(database);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
        MigratedBefore.migrateAll(database);
    }

    @Test
    void aBatchReadsThePreviousHashesItNeedsWithOneQuery() {
        ChainLinks links = new ChainLinks(seals, null);
        List<ChainLink> first = committed(links, List.of(event("a", 0), event("a", 1), event("b", 0)));
        assertThat(statements).as("every predecessor in the batch").hasValue(0);

        List<ChainLink> next = committed(links, List.of(event("a", 2), event("b", 1), event("c", 0), event("a", 3),
                event("b", 2)));

        assertThat(statements).hasValue(1);
        assertThat(next).extracting(ChainLink::previousHash).containsExactly(first.get(1).eventHash(),
                first.get(2).eventHash(), EventHash.NONE_BEFORE, next.get(0).eventHash(), next.get(1).eventHash());
    }

    @Test
    void theLastLinksThisProcessCommittedNeedNoQueryAndThoseRolledBackAreNeverUsed() {
        ChainLinks links = new ChainLinks(seals, new ChainHeads(100));
        List<ChainLink> first = committed(links, List.of(event("a", 0), event("b", 0)));

        List<ChainLink> next = committed(links, List.of(event("a", 1), event("b", 1)));

        assertThat(statements).as("both predecessors kept").hasValue(0);
        assertThat(next).extracting(ChainLink::previousHash)
                .containsExactly(first.get(0).eventHash(), first.get(1).eventHash());

        // An append of a#2 that rolls back (as when another command appended a#2 first) leaves nothing kept...
        transactions.executeWithoutResult(status -> {
            link(links, List.of(event("a", 2)));
            status.setRollbackOnly();
        });
        // ...so after another process's a#2, this process's a#3 reads a#2's hash from the table.
        List<ChainLink> elsewhere = committed(new ChainLinks(seals, null), List.of(event("a", 2)));
        statements.set(0);

        List<ChainLink> after = committed(links, List.of(event("a", 3)));

        assertThat(statements).hasValue(1);
        assertThat(after.getFirst().previousHash()).isEqualTo(elsewhere.getFirst().eventHash());
    }

    /** Links the events in a transaction, stores their links and commits. */
    private List<ChainLink> committed(ChainLinks links, List<StoredEvent> events) {
        return transactions.execute(status -> {
            List<ChainLink> linked = link(links, events);
            store(linked);
            return linked;
        });
    }

    private List<ChainLink> link(ChainLinks links, List<StoredEvent> events) {
        return jdbc.execute((ConnectionCallback<List<ChainLink>>) connection -> {
            ChainLinks.Linked linked = links.link(counting(connection), events);
            assertThat(linked.unlinked()).isEmpty();
            return linked.linked();
        });
    }

    private void store(List<ChainLink> links) {
        for (ChainLink link : links) {
            jdbc.update("INSERT INTO event_chain VALUES (?, ?, ?, ?, ?, ?, ?)", link.eventIdentifier(),
                    link.aggregateIdentifier(), link.sequenceNumber(), link.previousHash(), link.eventHash(),
                    link.sealKeyId(), link.appendSeal());
        }
    }

    private static StoredEvent event(String aggregate, long sequence) {
        return new StoredEvent(aggregate + "/" + sequence, aggregate, "Complaint", sequence, "Note", null,
                "2026-12-01T09:30:00.000Z", ("{\"n\":" + sequence + "}").getBytes(StandardCharsets.UTF_8), null);
    }

    /** The connection, counting the statements prepared on it. */
    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
