package org.complaintledger.landlord.context;

import org.complaintledger.ledger.LedgerEvent;

/**
 * Everything that can go on the landlord's own context record: homes owned per financial year, the Member
 * Responsible for Complaints and the governing body (9.5, 9.6), what the governing body received (9.7, 8.2) and its
 * response to the annual report (8.2). None of it is about a resident, so none of it is personal data.
 */
public sealed interface LandlordContextEvent extends LedgerEvent permits HomesOwnedRecorded,
        MemberResponsibleForComplaintsAppointed, GoverningBodyRecorded, ReportReceivedByGoverningBody,
        GoverningBodyRespondedToAnnualReport {

    String landlordId();
}
