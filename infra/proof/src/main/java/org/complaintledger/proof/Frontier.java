package org.complaintledger.proof;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing tree: one perfect subtree per set bit of its size, largest first. Appending a leaf
 * completes the perfect subtrees that end at it (like carrying in binary addition); each is handed to the caller once,
 * when it completes, so a store can keep every perfect subtree without recomputing any.
 */
public final class Frontier {

    /** A perfect subtree that has just completed: 2^level leaves from leaf {@code index * 2^level}. */
    public record Completed(int level, long index, byte[] hash) {
    }

    private final List<byte[]> edge;
    private long size;
    private final MessageDigest digest = EventHash.sha256();

    private Frontier(long size, List<byte[]> edge) {
        this.size = size;
        this.edge = edge;
    }

    public static Frontier empty() {
        return new Frontier(0, new ArrayList<>());
    }

    /** The frontier of the tree of {@code size} leaves, read from its perfect subtrees. */
    public static Frontier of(MerkleTree.Subtrees subtrees, long size) {
        List<byte[]> edge = new ArrayList<>();
        long from = 0;
        for (int level = 63; level >= 0; level--) {
            if ((size >>> level & 1) == 1) {
                edge.add(subtrees.hash(level, from >>> level));
                from += 1L << level;
            }
        }
        return new Frontier(size, edge);
    }

    public long size() {
        return size;
    }

    /** Appends a leaf; answers the perfect subtrees it completed, the leaf itself (level 0) first. */
    public List<Completed> append(byte[] leafHash) {
        List<Completed> completed = new ArrayList<>();
        byte[] hash = leafHash;
        long index = size;
        int level = 0;
        completed.add(new Completed(0, index, hash));
        while ((size >>> level & 1) == 1) {
            hash = MerkleTree.nodeHash(edge.remove(edge.size() - 1), hash, digest);
            level++;
            index >>>= 1;
            completed.add(new Completed(level, index, hash));
        }
        edge.add(hash);
        size++;
        return completed;
    }

    /** The root hash of the tree so far. */
    public byte[] root() {
        if (edge.isEmpty()) {
            return MerkleTree.emptyRoot();
        }
        byte[] root = edge.get(edge.size() - 1);
        for (int i = edge.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(edge.get(i), root, digest);
        }
        return root;
    }
}
