package org.complaintledger.proof.bundle;

import java.util.List;
import java.util.Objects;
import org.complaintledger.proof.MerkleTree;

/**
 * An event's leaf in the ledger's tree and its audit path (RFC 9162 2.1.3) in the bundle's checkpoint: the proof that
 * the event, with its chained hash and global index, is leaf {@code leafIndex} of the tree the checkpoint signed.
 */
public record BundledLeaf(long leafIndex, String eventIdentifier, long globalIndex, List<byte[]> auditPath) {

    public BundledLeaf {
        Objects.requireNonNull(eventIdentifier, "eventIdentifier");
        auditPath = List.copyOf(auditPath);
    }

    /** The leaf with its audit path in the tree of {@code treeSize} leaves, read from the ledger's stored subtrees. */
    public static BundledLeaf of(MerkleTree.Subtrees subtrees, long treeSize, long leafIndex, String eventIdentifier,
                                 long globalIndex) {
        return new BundledLeaf(leafIndex, eventIdentifier, globalIndex,
                MerkleTree.inclusionProof(subtrees, leafIndex, treeSize));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BundledLeaf that && leafIndex == that.leafIndex && globalIndex == that.globalIndex
                && eventIdentifier.equals(that.eventIdentifier) && Hashes.equal(auditPath, that.auditPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(leafIndex, eventIdentifier, globalIndex);
    }

    @Override
    public String toString() {
        return "leaf " + leafIndex + " (event " + eventIdentifier + ", global index " + globalIndex + ")";
    }
}
