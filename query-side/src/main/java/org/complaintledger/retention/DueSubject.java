package org.complaintledger.retention;

import java.time.Instant;

/**
 * A data subject whose last activity on the ledger lies before the retention period's cut-off.
 *
 * @param complaints      their complaints, every one closed
 * @param surveyResponses their survey responses that expressed dissatisfaction (1.6)
 * @param lastActivityAt  when the last of them closed or was last touched (a survey response: its last step)
 */
public record DueSubject(String dataSubjectId, int complaints, int surveyResponses, Instant lastActivityAt) {
}
