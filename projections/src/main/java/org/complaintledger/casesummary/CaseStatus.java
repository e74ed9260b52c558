package org.complaintledger.casesummary;

import org.complaintledger.code.Stage;

/** Where a complaint stands, as reports count it. "Closed" statuses start the retention clock. */
public enum CaseStatus {
    STAGE_ONE(false),
    STAGE_ONE_RESPONDED(true),   // closed unless the resident escalates (6.10)
    STAGE_TWO(false),
    STAGE_TWO_RESPONDED(true),   // final, or closed unless the resident asks for a third stage (2022 5.18)
    STAGE_THREE(false),          // only where the landlord's procedure had one under the 2022 Code (5.17)
    STAGE_THREE_RESPONDED(true),
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

    /** The status of a complaint under way at {@code stage}. */
    public static CaseStatus at(Stage stage) {
        return switch (stage) {
            case ONE -> STAGE_ONE;
            case TWO -> STAGE_TWO;
            case THREE -> STAGE_THREE;
        };
    }

    /** The status of a complaint whose {@code stage} has been responded to. */
    public static CaseStatus respondedAt(Stage stage) {
        return switch (stage) {
            case ONE -> STAGE_ONE_RESPONDED;
            case TWO -> STAGE_TWO_RESPONDED;
            case THREE -> STAGE_THREE_RESPONDED;
        };
    }
}
