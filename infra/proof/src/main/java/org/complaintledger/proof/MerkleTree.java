package org.complaintledger.proof;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (section 2.1) over the whole ledger: leaf hashes {@code SHA-256(0x00 || data)}, node
 * hashes {@code SHA-256(0x01 || left || right)} (domain-separated, so a node can never pass for a leaf), the tree of
 * n leaves split at the largest power of two below n. A leaf's data is an event's chained hash and the event's place
 * in the ledger ({@link #leafData}).
 *
 * <p>Proofs are computed from the hashes of perfect subtrees ({@link Subtrees}): once 2^level leaves starting at a
 * multiple of 2^level are in the tree, their subtree never changes, so a store can keep them as they complete and
 * answer any proof for any earlier tree size with O(log² n) look-ups.
 */
public final class MerkleTree {

    public static final int HASH_BYTES = 32;
    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    /** The hash of every perfect subtree of a tree: 2^level leaves starting at leaf {@code index * 2^level}. */
    @FunctionalInterface
    public interface Subtrees {
        byte[] hash(int level, long index);
    }

    private MerkleTree() {
    }

    /** MTH({}) of RFC 9162: the hash of an empty string. */
    public static byte[] emptyRoot() {
        return EventHash.sha256().digest();
    }

    /** The data of the leaf for an event: its chained hash, then its global position (8 bytes, big-endian). */
    public static byte[] leafData(byte[] eventHash, long globalPosition) {
        return ByteBuffer.allocate(EventHash.BYTES + Long.BYTES).put(eventHash).putLong(globalPosition).array();
    }

    public static byte[] leafHash(byte[] data) {
        return leafHash(data, EventHash.sha256());
    }

    public static byte[] leafHash(byte[] data, MessageDigest digest) {
        digest.reset();
        digest.update(LEAF);
        digest.update(data);
        return digest.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return nodeHash(left, right, EventHash.sha256());
    }

    public static byte[] nodeHash(byte[] left, byte[] right, MessageDigest digest) {
        digest.reset();
        digest.update(NODE);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** The root hash of the tree of the first {@code size} leaves. */
    public static byte[] root(Subtrees subtrees, long size) {
        return size == 0 ? emptyRoot() : rangeHash(subtrees, 0, size);
    }

    /**
     * MTH(D[from:to]), for ranges that arise in RFC 9162's recursion: {@code from} a multiple of the largest power of
     * two not above {@code to - from}.
     */
    public static byte[] rangeHash(Subtrees subtrees, long from, long to) {
        long n = to - from;
        if (n <= 0) {
            throw new IllegalArgumentException("no leaves in [" + from + ", " + to + ")");
        }
        if (Long.bitCount(n) == 1 && from % n == 0) {
            return subtrees.hash(Long.numberOfTrailingZeros(n), from / n);
        }
        long k = largestPowerOfTwoBelow(n);
        return nodeHash(rangeHash(subtrees, from, from + k), rangeHash(subtrees, from + k, to));
    }

    /** The audit path of leaf {@code index} in the tree of {@code size} leaves (RFC 9162 2.1.3.1), leaf end first. */
    public static List<byte[]> inclusionProof(Subtrees subtrees, long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size + " leaves");
        }
        List<byte[]> path = new ArrayList<>();
        inclusionPath(subtrees, index, 0, size, path);
        return path;
    }

    private static void inclusionPath(Subtrees subtrees, long index, long from, long to, List<byte[]> path) {
        long n = to - from;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (index < from + k) {
            inclusionPath(subtrees, index, from, from + k, path);
            path.add(rangeHash(subtrees, from + k, to));
        } else {
            inclusionPath(subtrees, index, from + k, to, path);
            path.add(rangeHash(subtrees, from, from + k));
        }
    }

    /**
     * The proof that the tree of {@code first} leaves is a prefix of the tree of {@code second} leaves (RFC 9162
     * 2.1.4.1); empty when the sizes are equal.
     */
    public static List<byte[]> consistencyProof(Subtrees subtrees, long first, long second) {
        if (first <= 0 || first > second) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second + " leaves");
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(subtrees, first, 0, second, true, proof);
        return proof;
    }

    private static void subproof(Subtrees subtrees, long m, long from, long to, boolean whole, List<byte[]> proof) {
        long n = to - from;
        if (m == n) {
            if (!whole) {
                proof.add(rangeHash(subtrees, from, to));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(subtrees, m, from, from + k, whole, proof);
            proof.add(rangeHash(subtrees, from + k, to));
        } else {
            subproof(subtrees, m - k, from + k, to, false, proof);
            proof.add(rangeHash(subtrees, from, from + k));
        }
    }

    /** RFC 9162 2.1.3.2: whether {@code path} proves leaf {@code index} with {@code leafHash} in a tree with root. */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /**
     * RFC 9162 2.1.4.2: whether {@code proof} shows the tree of {@code first} leaves with {@code firstRoot} to be a
     * prefix of the tree of {@code second} leaves with {@code secondRoot}.
     */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
                                            List<byte[]> proof) {
        if (first <= 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
