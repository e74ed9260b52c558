package org.complaintledger.personaldata;

/**
 * A sealed personal-data value in the event store that cannot be authenticated: altered, truncated, or copied from
 * another event or field. Corruption of the ledger, never mistaken for an erasure.
 */
public class SealedValueCorrupt extends IllegalStateException {

    public SealedValueCorrupt(String message) {
        super(message);
    }
}
