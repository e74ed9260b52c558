package org.complaintledger.nodes;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The processes alive on this database ({@code ledger_node}): each refreshes its own row every few seconds and removes
 * it when it stops. A process that died is no longer counted once its row is older than the token claim timeout, the
 * time after which the other processes take its segments too.
 */
public class NodeHeartbeats {

    private static final Logger log = LoggerFactory.getLogger(NodeHeartbeats.class);

    private final JdbcTemplate jdbc;
    private final NodeIdentity node;
    private final Duration claimTimeout;

    NodeHeartbeats(JdbcTemplate jdbc, NodeIdentity node, Duration claimTimeout) {
        this.jdbc = jdbc;
        this.node = node;
        this.claimTimeout = claimTimeout;
    }

    @Scheduled(fixedDelayString = "${complaint-ledger.node.heartbeat-interval-ms:2000}")
    void beat() {
        try {
            jdbc.update("INSERT INTO ledger_node (node_id) VALUES (?) "
                    + "ON CONFLICT (node_id) DO UPDATE SET heartbeat_at = now()", node.id());
            // Every start is a node of its own: the rows of those long dead would otherwise pile up.
            jdbc.update("DELETE FROM ledger_node WHERE heartbeat_at < now() - interval '1 day'");
        } catch (DataAccessException e) {
            // The database is away: the other processes will count this one out, as they should.
            log.debug("heartbeat of node {} not recorded: {}", node.id(), e.getMessage());
        }
    }

    /** How many processes (this one included) refreshed their row within the claim timeout; at least one. */
    public int alive() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM ledger_node "
                + "WHERE heartbeat_at > now() - make_interval(secs => ?) OR node_id = ?",
                Integer.class, claimTimeout.toMillis() / 1000.0, node.id());
        return Math.max(1, count == null ? 1 : count);
    }

    /** On an orderly stop: the others need not wait for the row to age. */
    void leave() {
        try {
            jdbc.update("DELETE FROM ledger_node WHERE node_id = ?", node.id());
        } catch (DataAccessException e) {
            log.debug("node {} could not remove its heartbeat: {}", node.id(), e.getMessage());
        }
    }

    public NodeIdentity node() {
        return node;
    }
}
