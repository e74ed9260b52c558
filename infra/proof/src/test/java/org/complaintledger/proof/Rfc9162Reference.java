package org.complaintledger.proof;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 section 2.1 written straight from its text over a plain list of leaf data, sharing no code with
 * {@link MerkleTree}: MTH (2.1.1), PATH (2.1.3.1) and PROOF/SUBPROOF (2.1.4.1). The tests hold the module's
 * store-backed proofs to it.
 */
final class Rfc9162Reference {

    private Rfc9162Reference() {
    }

    /** MTH(D[n]). */
    static byte[] mth(List<byte[]> d) {
        int n = d.size();
        if (n == 0) {
            return sha256(new byte[0]);
        }
        if (n == 1) {
            return sha256(concat(new byte[] {0x00}, d.getFirst()));
        }
        int k = k(n);
        return sha256(concat(new byte[] {0x01}, mth(d.subList(0, k)), mth(d.subList(k, n))));
    }

    /** PATH(m, D[n]): the audit path of leaf m. */
    static List<byte[]> path(int m, List<byte[]> d) {
        int n = d.size();
        List<byte[]> result = new ArrayList<>();
        if (n == 1) {
            return result;
        }
        int k = k(n);
        if (m < k) {
            result.addAll(path(m, d.subList(0, k)));
            result.add(mth(d.subList(k, n)));
        } else {
            result.addAll(path(m - k, d.subList(k, n)));
            result.add(mth(d.subList(0, k)));
        }
        return result;
    }

    /** PROOF(m, D[n]) = SUBPROOF(m, D[n], true). */
    static List<byte[]> proof(int m, List<byte[]> d) {
        return subproof(m, d, true);
    }

    private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        int n = d.size();
        List<byte[]> result = new ArrayList<>();
        if (m == n) {
            if (!b) {
                result.add(mth(d));
            }
            return result;
        }
        int k = k(n);
        if (m <= k) {
            result.addAll(subproof(m, d.subList(0, k), b));
            result.add(mth(d.subList(k, n)));
        } else {
            result.addAll(subproof(m - k, d.subList(k, n), false));
            result.add(mth(d.subList(0, k)));
        }
        return result;
    }

    /** The largest power of two smaller than n (n > 1). */
    private static int k(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
