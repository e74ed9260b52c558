package org.complaintledger.selfassessment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A member of staff as the self-assessment tables keep them: a SHA-256 digest of the identifier stripped and
 * lower-cased, as the command side compares handlers (6.13), so stage 2's staff can be compared with stage 1's
 * without any name in a table.
 */
final class StaffDigest {

    private StaffDigest() {
    }

    /** Null for no identifier (a step stored before the ledger recorded one). */
    static String of(String staff) {
        if (staff == null || staff.isBlank()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(staff.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
