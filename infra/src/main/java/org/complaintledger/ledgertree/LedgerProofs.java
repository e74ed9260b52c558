package org.complaintledger.ledgertree;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintledger.proof.MerkleTree;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proofs over the ledger's tree as stored (docs/proofs.md, section 4): its root at any size it has had, the audit
 * path of a leaf (RFC 9162 2.1.3) and the consistency of two sizes (2.1.4), each computed from stored perfect
 * subtrees in one round trip; and which leaves an event or a record has.
 */
public final class LedgerProofs {

    /** An admitted event: its leaf in admission order, and where it is in the event stream. */
    public record Leaf(long leafIndex, long globalIndex, String eventIdentifier, String aggregateIdentifier) {
    }

    /**
     * The audit path of {@code leaf} in the tree of {@code treeSize} leaves, leaf end first, with the leaf's hash
     * ({@code MerkleTree.leafHash(MerkleTree.leafData(eventHash, globalIndex))}) as stored.
     */
    public record Inclusion(Leaf leaf, byte[] leafHash, long treeSize, List<byte[]> path) {

        /** Whether the path leads from the leaf's hash to {@code rootHash}, as RFC 9162 2.1.3.2 checks. */
        public boolean leadsTo(byte[] rootHash) {
            return MerkleTree.verifyInclusion(leaf.leafIndex(), treeSize, leafHash, path, rootHash);
        }
    }

    private static final String LEAF = "SELECT leaf_index, global_index, event_identifier, aggregate_identifier "
            + "FROM ledger_leaf ";

    private final JdbcTemplate jdbc;
    private final StoredSubtrees subtrees;

    LedgerProofs(JdbcTemplate jdbc, StoredSubtrees subtrees) {
        this.jdbc = jdbc;
        this.subtrees = subtrees;
    }

    /** How many leaves the tree has now. */
    public long treeSize() {
        Long size = jdbc.queryForObject("SELECT leaf_count FROM ledger_admission", Long.class);
        return size == null ? 0 : size;
    }

    /** The leaves of a record's events, in leaf order (its events admitted so far; none for an unknown record). */
    public List<Leaf> leavesOf(String aggregateIdentifier) {
        return jdbc.query(LEAF + "WHERE aggregate_identifier = ? ORDER BY leaf_index", LedgerProofs::leaf,
                aggregateIdentifier);
    }

    /** The leaf of an event, if it has been admitted. */
    public Optional<Leaf> leafOf(String eventIdentifier) {
        return jdbc.query(LEAF + "WHERE event_identifier = ?", LedgerProofs::leaf, eventIdentifier).stream().findFirst();
    }

    /** The root hash of the tree when it had {@code treeSize} leaves (0 to {@link #treeSize()}). */
    public byte[] root(long treeSize) {
        requireSize(treeSize);
        return subtrees.read(stored -> MerkleTree.root(stored, treeSize));
    }

    /** The audit path of one leaf in the tree of {@code treeSize} leaves; the leaf must be below that size. */
    public Inclusion inclusion(Leaf leaf, long treeSize) {
        return inclusions(List.of(leaf), treeSize).getFirst();
    }

    /** The audit paths of many leaves in one tree, read in one round trip (a case bundle's events). */
    public List<Inclusion> inclusions(List<Leaf> leaves, long treeSize) {
        requireSize(treeSize);
        for (Leaf leaf : leaves) {
            if (leaf.leafIndex() >= treeSize) {
                throw new IllegalArgumentException("leaf " + leaf.leafIndex() + " (event " + leaf.eventIdentifier()
                        + ") was admitted after the tree had " + treeSize + " leaves");
            }
        }
        return subtrees.read(stored -> {
            List<Inclusion> proofs = new ArrayList<>(leaves.size());
            for (Leaf leaf : leaves) {
                proofs.add(new Inclusion(leaf, stored.hash(0, leaf.leafIndex()), treeSize,
                        MerkleTree.inclusionProof(stored, leaf.leafIndex(), treeSize)));
            }
            return proofs;
        });
    }

    /** The proof that the tree of {@code from} leaves is a prefix of the tree of {@code to} (1 ≤ from ≤ to). */
    public List<byte[]> consistency(long from, long to) {
        requireSize(to);
        if (from < 1 || from > to) {
            throw new IllegalArgumentException("no consistency proof from " + from + " to " + to + " leaves");
        }
        return subtrees.read(stored -> MerkleTree.consistencyProof(stored, from, to));
    }

    private void requireSize(long treeSize) {
        long size = treeSize();
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException("the tree has had 0 to " + size + " leaves, not " + treeSize);
        }
    }

    private static Leaf leaf(ResultSet rs, int row) throws SQLException {
        return new Leaf(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
    }
}
