package org.complaintledger.proof.bundle;

import java.util.Arrays;
import java.util.List;

/** Comparing lists of hashes by their bytes. */
final class Hashes {

    private Hashes() {
    }

    static boolean equal(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
