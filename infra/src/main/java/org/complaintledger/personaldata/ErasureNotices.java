package org.complaintledger.personaldata;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.complaintledger.nodes.NodeIdentity;
import org.complaintledger.nodes.NoticeChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Erasures made by any process on the database, heard by this one at once. Every erasure moves the database's
 * erasure generation on ({@code erasure_generation}) and sends a NOTIFY in its own transaction, so the notice leaves
 * only on commit. On each notice this process stops trusting every key it cached before (the key store tags each
 * cached key with the generation it was read at) and records the generation as heard in {@code ledger_node}. The
 * erasing process answers only once every other live process has heard it (or {@code ackWait} has passed: a process
 * that is dying or cut off), so a read sent anywhere after the erasure's answer sees it. While the listening
 * connection is down (the database restarting) nothing is cached at all, and the generation is read afresh before
 * caching resumes, so notices missed meanwhile cost nothing.
 */
public class ErasureNotices implements NoticeChannel {

    private static final Logger log = LoggerFactory.getLogger(ErasureNotices.class);

    private final JdbcTemplate jdbc;
    private final NodeIdentity node;
    private final Duration claimTimeout;
    private final Duration ackWait;
    private final AtomicLong heard = new AtomicLong(-1);
    private volatile boolean listening;

    ErasureNotices(JdbcTemplate jdbc, NodeIdentity node, Duration claimTimeout, Duration ackWait) {
        this.jdbc = jdbc;
        this.node = node;
        this.claimTimeout = claimTimeout;
        this.ackWait = ackWait;
    }

    @Override
    public String name() {
        return "ledger_erasure";
    }

    /** The generation cached keys must carry to be trusted; empty while this process may have missed a notice. */
    OptionalLong generation() {
        return listening ? OptionalLong.of(heard.get()) : OptionalLong.empty();
    }

    /** In the erasing transaction: moves the generation on and queues the notice, both void if it rolls back. */
    long erased(String dataSubjectId) {
        Long generation = jdbc.queryForObject(
                "UPDATE erasure_generation SET generation = generation + 1 RETURNING generation", Long.class);
        jdbc.queryForList("SELECT pg_notify(?, ?)", name(), generation + ":" + dataSubjectId);
        return generation;
    }

    /**
     * After the erasure committed: this process stops trusting older keys at once, then waits (at most
     * {@code ackWait}) until every other process alive has heard of it.
     */
    void committed(long generation) {
        heard.accumulateAndGet(generation, Math::max);
        long deadline = System.nanoTime() + ackWait.toNanos();
        while (System.nanoTime() < deadline) {
            Integer behind = jdbc.queryForObject("SELECT count(*) FROM ledger_node WHERE node_id <> ? "
                    + "AND heartbeat_at > now() - make_interval(secs => ?) AND erasure_generation < ?",
                    Integer.class, node.id(), claimTimeout.toMillis() / 1000.0, generation);
            if (behind == null || behind == 0) {
                return;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warn("erasure generation {}: not every node alive confirmed it within {}; a node cut off from the "
                + "database drops its cached keys when it notices (docs/multi-node.md)", generation, ackWait);
    }

    @Override
    public void listening(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT generation FROM erasure_generation")) {
            row.next();
            heard.set(row.getLong(1));
        }
        acknowledge(connection, heard.get());
        listening = true;
    }

    @Override
    public void received(Connection connection, String payload) throws SQLException {
        long generation = Long.parseLong(payload.split(":", 2)[0]);
        heard.accumulateAndGet(generation, Math::max);
        acknowledge(connection, generation);
    }

    @Override
    public void lost() {
        listening = false;
    }

    private void acknowledge(Connection connection, long generation) throws SQLException {
        try (var statement = connection.prepareStatement("INSERT INTO ledger_node (node_id, erasure_generation) "
                + "VALUES (?, ?) ON CONFLICT (node_id) DO UPDATE SET erasure_generation = EXCLUDED.erasure_generation")) {
            statement.setString(1, node.id());
            statement.setLong(2, generation);
            statement.executeUpdate();
        }
    }
}
