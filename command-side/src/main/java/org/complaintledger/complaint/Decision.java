package org.complaintledger.complaint;

/** The decision a stage response gives on the complaint (6.9 c, 6.19 c). */
public enum Decision {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD;

    /** Something went wrong, so something must be put right (7.1). */
    public boolean findsFault() {
        return this != NOT_UPHELD;
    }
}
