package org.complaintledger.proof;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The perfect subtrees of a tree of exactly {@code leafHashes.size()} leaves, computed from the leaves. Asking for a
 * subtree that is not complete in that tree fails the test: a proof for a tree of n leaves may only read subtrees
 * complete at n, as the ledger's store holds no others.
 */
final class InMemorySubtrees implements MerkleTree.Subtrees {

    private final List<byte[]> leafHashes;
    private final Map<Long, byte[]> memo = new HashMap<>();
    int lookups;

    InMemorySubtrees(List<byte[]> leafHashes) {
        this.leafHashes = List.copyOf(leafHashes);
    }

    @Override
    public byte[] hash(int level, long index) {
        lookups++;
        long width = 1L << level;
        if (index < 0 || (index + 1) * width > leafHashes.size()) {
            throw new AssertionError("asked for subtree (level " + level + ", index " + index
                    + "), which is not complete in a tree of " + leafHashes.size() + " leaves");
        }
        return compute(level, index);
    }

    private byte[] compute(int level, long index) {
        if (level == 0) {
            return leafHashes.get((int) index);
        }
        long key = ((long) level << 40) | index;
        byte[] known = memo.get(key);
        if (known == null) {
            known = MerkleTree.nodeHash(compute(level - 1, 2 * index), compute(level - 1, 2 * index + 1));
            memo.put(key, known);
        }
        return known;
    }
}
