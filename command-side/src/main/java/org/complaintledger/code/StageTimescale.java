package org.complaintledger.code;

/**
 * What one version of the Code says about one stage, one record per rule, each citing its provision.
 *
 * @param opening         how the stage opens: on receipt, or at the resident's request
 * @param acknowledgement whether there is an acknowledgement deadline, and its count and unit
 * @param response        the response deadline and the step that starts its clock
 * @param extension       how far the response deadline may be extended, and on what ground
 * @param handler         who may consider the stage
 */
public record StageTimescale(Opening opening,
                             AcknowledgementRule acknowledgement,
                             ResponseRule response,
                             ExtensionRule extension,
                             HandlerRule handler) {

    /** How the resident asks for this stage; only a later stage opens at their request. */
    public Opening.OnResidentsRequest escalation() {
        if (opening instanceof Opening.OnResidentsRequest request) {
            return request;
        }
        throw new IllegalStateException("stage 1 opens on receipt, not at the resident's request");
    }

    public boolean responseClockStartsAtRequest() {
        return response.clock() == ResponseRule.Clock.FROM_ESCALATION_REQUEST;
    }
}
