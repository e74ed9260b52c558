package org.complaintledger.restriction;

import org.complaintledger.ledger.LedgerEvent;

/**
 * Everything that can happen to a restriction on a resident's contact (5.14, 5.15). Only the first event names the
 * resident: the restriction's later events belong to the same data subject.
 */
public sealed interface RestrictionEvent extends LedgerEvent permits RestrictionImposed, RestrictionReviewed {

    String restrictionId();
}
