package org.complaintledger.complaint;

/** Who correspondence on the record was with, and which way it went (5.12). */
public final class Correspondence {

    private Correspondence() {
    }

    public enum Direction { INBOUND, OUTBOUND }

    public enum Party { RESIDENT, REPRESENTATIVE, CONTRACTOR, OMBUDSMAN, OTHER }
}
