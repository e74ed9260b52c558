package org.complaintledger.casebundle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintledger.ledgertree.SubtreeRows;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.MerkleTree;
import org.complaintledger.proof.bundle.BundleSubtrees;
import org.complaintledger.proof.bundle.BundledLeaf;
import org.complaintledger.proof.bundle.EarlierCheckpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bundle's proofs (docs/proofs.md section 4): the audit path of each event's leaf in the checkpoint's tree, and the
 * consistency proof from each earlier checkpoint to it, computed from the stored perfect subtrees, every one they need
 * read in one query. A proof that needs a subtree the store no longer has (the tree was cut back behind the ledger's
 * back) is left out, never made up: its event goes without a leaf, or its earlier checkpoint unlisted, and the
 * verifier names it.
 */
final class BundleProofs {

    private static final Logger LOG = LoggerFactory.getLogger(BundleProofs.class);

    /** An event's leaf as {@code ledger_leaf} stores it. */
    record StoredLeaf(long leafIndex, String eventIdentifier, long globalIndex) {
    }

    /** The proofs that could be made. */
    record Proofs(List<BundledLeaf> leaves, List<EarlierCheckpoint> earlier) {
    }

    private static final class SubtreeMissing extends RuntimeException {
        SubtreeMissing(BundleSubtrees.Subtree subtree) {
            super("the perfect subtree of 2^" + subtree.level() + " leaves from leaf "
                    + (subtree.index() << subtree.level()) + " is not stored", null, false, false);
        }
    }

    private BundleProofs() {
    }

    /**
     * The proofs in {@code checkpoint}'s tree of these leaves (each below its size) and of these earlier checkpoints
     * (each smaller).
     */
    static Proofs of(JdbcTemplate jdbc, String complaintId, Checkpoint checkpoint, List<StoredLeaf> leaves,
                     List<Checkpoint> earlier) {
        long size = checkpoint.treeSize();
        Set<BundleSubtrees.Subtree> needed = BundleSubtrees.needed(size,
                leaves.stream().map(StoredLeaf::leafIndex).toList(),
                earlier.stream().map(Checkpoint::treeSize).toList());
        Map<BundleSubtrees.Subtree, byte[]> stored = read(jdbc, needed);
        MerkleTree.Subtrees subtrees = (level, index) -> {
            BundleSubtrees.Subtree subtree = new BundleSubtrees.Subtree(level, index);
            byte[] hash = stored.get(subtree);
            if (hash == null) {
                throw new SubtreeMissing(subtree);
            }
            return hash;
        };
        List<BundledLeaf> proven = new ArrayList<>(leaves.size());
        for (StoredLeaf leaf : leaves) {
            try {
                proven.add(BundledLeaf.of(subtrees, size, leaf.leafIndex(), leaf.eventIdentifier(), leaf.globalIndex()));
            } catch (SubtreeMissing e) {
                LOG.warn("Case bundle of complaint {}: event {} (leaf {}) cannot be proven in the checkpoint of {} "
                        + "leaves: {}", complaintId, leaf.eventIdentifier(), leaf.leafIndex(), size, e.getMessage());
            }
        }
        List<EarlierCheckpoint> consistent = new ArrayList<>(earlier.size());
        for (Checkpoint before : earlier) {
            try {
                consistent.add(EarlierCheckpoint.of(subtrees, before, size));
            } catch (SubtreeMissing e) {
                LOG.warn("Case bundle of complaint {}: no consistency proof from the checkpoint of {} leaves to the one "
                        + "of {}: {}", complaintId, before.treeSize(), size, e.getMessage());
            }
        }
        return new Proofs(proven, consistent);
    }

    /** The stored hashes of these subtrees, in one statement; those not stored are absent. */
    private static Map<BundleSubtrees.Subtree, byte[]> read(JdbcTemplate jdbc,
                                                           Collection<BundleSubtrees.Subtree> subtrees) {
        Map<BundleSubtrees.Subtree, byte[]> found = new HashMap<>();
        SubtreeRows.read(jdbc, subtrees, BundleSubtrees.Subtree::level, BundleSubtrees.Subtree::index,
                (level, index, hash) -> found.put(new BundleSubtrees.Subtree(level, index), hash));
        return found;
    }
}
