package org.complaintledger.rebuild;

/** A rebuild that cannot start or go on for a reason the caller can act on; the live tables are as they were. */
public class RebuildRefused extends RuntimeException {

    public RebuildRefused(String message) {
        super(message);
    }
}
