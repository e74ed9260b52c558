package org.complaintledger.adjustment;

import org.complaintledger.ledger.LedgerEvent;

/**
 * Everything that can happen to a record of a disability disclosed or an adjustment agreed (5.10). Only the first
 * event names the resident: the record's later events belong to the same data subject.
 */
public sealed interface AdjustmentEvent extends LedgerEvent permits AdjustmentRecorded, AdjustmentReviewed {

    String adjustmentId();
}
