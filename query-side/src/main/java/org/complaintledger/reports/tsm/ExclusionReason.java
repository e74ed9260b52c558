package org.complaintledger.reports.tsm;

/** Why a complaint at a stage is left out of a TSM figure, in the report's words. */
enum ExclusionReason {
    NOT_ACCEPTED("Not accepted as a complaint under the Code's exclusions (2.1-2.5; 2022 1.7-1.9), on the ground "
            + "shown: it never entered this stage of the procedure, so it is no complaint received at the stage "
            + "(CH01). A refusal that did not stand (taken on, 2.4) is counted."),
    ESCALATION_REFUSED("Escalation to this stage refused on one of the same grounds (5.11; 2022 5.9, 4.14): the stage "
            + "was never entered. An escalation asked again and accepted, or taken on, is counted."),
    TENURE_NOT_RECORDED("Tenure not recorded (logged before the ledger asked): CH01 is per tenure, so it is in neither "
            + "tenure's figure; it is still in the stage's received count."),
    STAGE_THREE("Stage 3 of a 2022 Code three-stage procedure (2022 5.17, 5.18): the TSM count stage 1 and stage 2 "
            + "complaints only, and a stage 3 is neither; its requests and responses are listed here, not counted.");

    private final String why;

    ExclusionReason(String why) {
        this.why = why;
    }

    String why() {
        return why;
    }
}
