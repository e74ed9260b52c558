package org.complaintledger.proof.bundle;

import java.util.List;
import java.util.Objects;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.MerkleTree;

/**
 * A checkpoint the ledger signed before the bundle's, with the consistency proof (RFC 9162 2.1.4) that its tree is a
 * prefix of the bundle's checkpoint's tree: whoever kept that earlier checkpoint (an earlier bundle, an annual report)
 * learns that nothing before it has changed since. Empty when the trees are the same size, or the earlier one empty.
 */
public record EarlierCheckpoint(Checkpoint checkpoint, List<byte[]> consistencyPath) {

    public EarlierCheckpoint {
        Objects.requireNonNull(checkpoint, "checkpoint");
        consistencyPath = List.copyOf(consistencyPath);
    }

    /** The earlier checkpoint with its consistency proof to the tree of {@code treeSize} leaves (its size or more). */
    public static EarlierCheckpoint of(MerkleTree.Subtrees subtrees, Checkpoint earlier, long treeSize) {
        if (earlier.treeSize() > treeSize) {
            throw new IllegalArgumentException(earlier + " is not earlier than a tree of " + treeSize + " leaves");
        }
        List<byte[]> path = earlier.treeSize() == 0 ? List.of()
                : MerkleTree.consistencyProof(subtrees, earlier.treeSize(), treeSize);
        return new EarlierCheckpoint(earlier, path);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EarlierCheckpoint that && checkpoint.equals(that.checkpoint)
                && Hashes.equal(consistencyPath, that.consistencyPath);
    }

    @Override
    public int hashCode() {
        return checkpoint.hashCode();
    }
}
