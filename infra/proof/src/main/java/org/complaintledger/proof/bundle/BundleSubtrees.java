package org.complaintledger.proof.bundle;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.complaintledger.proof.MerkleTree;

/**
 * Which stored perfect subtrees a bundle's proofs read, known before any is read (the recursion's shape depends only
 * on sizes and indexes, never on hashes): the ledger can fetch them in one query, then build every proof from memory.
 */
public final class BundleSubtrees {

    /** The perfect subtree of 2^level leaves from leaf {@code index * 2^level} (a row of ledger_subtree). */
    public record Subtree(int level, long index) {
    }

    private BundleSubtrees() {
    }

    /**
     * The subtrees read by the audit paths of {@code leafIndexes} in the tree of {@code treeSize} leaves and by the
     * consistency proofs from trees of {@code earlierTreeSizes} leaves (each at most treeSize) to it.
     */
    public static Set<Subtree> needed(long treeSize, Collection<Long> leafIndexes, Collection<Long> earlierTreeSizes) {
        Set<Subtree> needed = new LinkedHashSet<>();
        byte[] placeholder = new byte[MerkleTree.HASH_BYTES];
        MerkleTree.Subtrees recording = (level, index) -> {
            needed.add(new Subtree(level, index));
            return placeholder;
        };
        for (long leafIndex : leafIndexes) {
            MerkleTree.inclusionProof(recording, leafIndex, treeSize);
        }
        for (long earlier : earlierTreeSizes) {
            if (earlier > 0) {
                MerkleTree.consistencyProof(recording, earlier, treeSize);
            }
        }
        return needed;
    }
}
