package org.complaintledger.investigatoraccess;

import java.time.Instant;

/** The investigator read the complaint's record under this grant; appended before the record was handed over. */
public record CaseRecordReadByInvestigator(String grantId,
                                           String complaintId,
                                           String investigator,
                                           Instant readAt) implements InvestigatorAccessEvent {
}
