package org.complaintledger.casesummary;

/** Where a complaint stands, as reports count it. "Closed" statuses start the retention clock. */
public enum CaseStatus {
    STAGE_ONE(false),
    STAGE_ONE_RESPONDED(true),   // closed unless the resident escalates (6.10)
    STAGE_TWO(false),
    STAGE_TWO_RESPONDED(true),
    ESCALATION_REFUSED(true),
    REFUSED(true),
    WITHDRAWN(true),
    WITH_OMBUDSMAN(false),
    OMBUDSMAN_DETERMINED(true);

    private final boolean closed;

    CaseStatus(boolean closed) {
        this.closed = closed;
    }

    public boolean closed() {
        return closed;
    }
}
