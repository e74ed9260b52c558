package org.complaintledger.investigatoraccess;

/**
 * What happened to one grant of read access to a complaint's record (5.12), kept on the ledger so that who could
 * read a case, who let them, and every read they made are themselves on the record.
 */
public sealed interface InvestigatorAccessEvent permits
        InvestigatorAccessGranted, InvestigatorAccessRevoked, CaseRecordReadByInvestigator {

    String grantId();

    String complaintId();

    /** The investigator's principal name, as the access layer authenticates it. */
    String investigator();
}
