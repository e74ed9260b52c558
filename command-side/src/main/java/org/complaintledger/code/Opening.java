package org.complaintledger.code;

/** How a stage opens under a version of the Code, and the provisions an escalation into it cites. */
public sealed interface Opening {

    /** Stage 1 opens when the complaint is received. */
    record OnReceipt() implements Opening {
    }

    /**
     * A later stage opens only at the resident's request, once the stage before it has been answered.
     *
     * @param requestProvision e.g. 2024 6.10, 2022 5.11 (stage 2) and 5.18 (stage 3)
     * @param refusalProvision a refusal to escalate gives reasons and the right to go to the Ombudsman, e.g. 2024
     *                         5.11, 2022 5.9 (stage 2) and 4.14 (stage 3)
     */
    record OnResidentsRequest(String requestProvision, String refusalProvision) implements Opening {
    }
}
