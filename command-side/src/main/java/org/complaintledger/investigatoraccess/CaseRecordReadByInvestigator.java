package org.complaintledger.investigatoraccess;

import java.time.Instant;

/**
 * The investigator read the complaint's record under this grant; appended before the record was handed over.
 *
 * @param caseBundleTreeSize the read was a case bundle (5.12) proven in the signed checkpoint of this tree size; null
 *                           for a read of the events or the case record page, and in every read recorded before case
 *                           bundles existed (a boxed Long, so those still read)
 */
public record CaseRecordReadByInvestigator(String grantId,
                                           String complaintId,
                                           String investigator,
                                           Instant readAt,
                                           Long caseBundleTreeSize) implements InvestigatorAccessEvent {

    /** A read of the events or the case record page. */
    public CaseRecordReadByInvestigator(String grantId, String complaintId, String investigator, Instant readAt) {
        this(grantId, complaintId, investigator, readAt, null);
    }
}
