package org.complaintledger.code;

/**
 * When a stage's response is due: {@code days} from the step that starts the clock.
 *
 * @param clock             the step that starts the clock
 * @param provision         e.g. 2024 6.3, 2022 5.1
 * @param contentsProvision what the response must say, including, at the final stage, how to take the complaint to
 *                          the Housing Ombudsman: 2024 6.9 and 6.19; 2022 5.8, 5.16 and 5.20
 */
public record ResponseRule(DayCount days, Clock clock, String provision, String contentsProvision) {

    public enum Clock {
        /** The acknowledgement: 2024 6.3 and 6.14; 2022 stage 1, "within 10 working days of the complaint being
         *  logged" (5.1), where logging at stage one is the acknowledgement-and-logging step (4.1). */
        FROM_ACKNOWLEDGEMENT,
        /** The resident's escalation request: 2022 stage 2, "of the complaint being escalated" (5.13), and stage 3 (5.18). */
        FROM_ESCALATION_REQUEST
    }
}
