package org.complaintledger.ledgertree;

import java.util.List;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.Frontier;
import org.complaintledger.proof.MerkleTree;
import org.complaintledger.proof.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the tree's tests read straight from its tables, independently of the code under test. */
final class TreeReads {

    private final JdbcTemplate jdbc;

    TreeReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every leaf's event, in leaf order. */
    List<String> leaves() {
        return jdbc.queryForList("SELECT event_identifier FROM ledger_leaf ORDER BY leaf_index", String.class);
    }

    long leafIndexOf(String eventIdentifier) {
        return jdbc.queryForObject("SELECT leaf_index FROM ledger_leaf WHERE event_identifier = ?", Long.class,
                eventIdentifier);
    }

    long globalIndexOf(String eventIdentifier) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?", Long.class,
                eventIdentifier);
    }

    boolean isLeaf(String eventIdentifier) {
        return count("SELECT count(*) FROM ledger_leaf WHERE event_identifier = ?", eventIdentifier) == 1;
    }

    /** Whether {@code globalIndex} is in a range admission still awaits. */
    boolean awaited(long globalIndex) {
        return count("SELECT count(*) FROM ledger_admission_gap WHERE ? BETWEEN first_index AND last_index",
                globalIndex) == 1;
    }

    /** Whether the awaited range holding {@code globalIndex} was first seen longer ago than the grace. */
    boolean awaitedLongerThanGrace(long globalIndex) {
        return count("SELECT count(*) FROM ledger_admission_gap WHERE ? BETWEEN first_index AND last_index "
                + "AND clock_timestamp() - seen_at > interval '" + LedgerTreeTest.GRACE + "'", globalIndex) == 1;
    }

    /** Why the event was refused, or null. */
    String refusal(String eventIdentifier) {
        return jdbc.query("SELECT reason FROM ledger_refused_event WHERE event_identifier = ?",
                (rs, row) -> rs.getString(1), eventIdentifier).stream().findFirst().orElse(null);
    }

    /** Committed events that are neither a leaf nor refused, at or below the highest global_index admission passed. */
    long passedOver() {
        return count("SELECT count(*) FROM domain_event_entry e WHERE e.global_index <= "
                + "(SELECT admitted_through FROM ledger_admission) "
                + "AND NOT EXISTS (SELECT FROM ledger_leaf l WHERE l.global_index = e.global_index) "
                + "AND NOT EXISTS (SELECT FROM ledger_refused_event r WHERE r.global_index = e.global_index) "
                + "AND NOT EXISTS (SELECT FROM ledger_admission_gap g "
                + "WHERE e.global_index BETWEEN g.first_index AND g.last_index)");
    }

    /**
     * The root of the tree's first {@code size} leaves recomputed from scratch: each leaf's event hashed again from
     * its stored row and its stored previous hash, in leaf order, with no stored subtree.
     */
    byte[] rootFromScratch(long size) {
        Frontier tree = Frontier.empty();
        jdbc.query("SELECT e.event_identifier, e.aggregate_identifier, e.type, e.sequence_number, e.payload_type, "
                + "e.payload_revision, e.time_stamp, e.payload, e.meta_data, c.previous_hash, e.global_index "
                + "FROM ledger_leaf l JOIN domain_event_entry e ON e.global_index = l.global_index "
                + "JOIN event_chain c ON c.event_identifier = e.event_identifier "
                + "WHERE l.leaf_index < ? ORDER BY l.leaf_index", rs -> {
            StoredEvent event = new StoredEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9));
            byte[] hash = EventHash.of(event, rs.getBytes(10));
            tree.append(MerkleTree.leafHash(MerkleTree.leafData(hash, rs.getLong(11))));
        }, size);
        if (tree.size() != size) {
            throw new AssertionError("the tree's first " + size + " leaves are not all stored: " + tree.size());
        }
        return tree.root();
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }
}
