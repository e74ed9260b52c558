package org.complaintledger.landlord.finding;

import org.complaintledger.ledger.LedgerEvent;

/**
 * Everything that can happen to one finding of non-compliance with the Code the Ombudsman made about the landlord as
 * a whole (8.1c, 9.7c), and to the orders that follow it. About the landlord, not a resident: no personal data.
 */
public sealed interface NonComplianceFindingEvent extends LedgerEvent permits NonComplianceFound, FindingOrderComplied {

    String findingId();
}
