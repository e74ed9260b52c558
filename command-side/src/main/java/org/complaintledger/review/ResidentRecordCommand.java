package org.complaintledger.review;

import org.complaintledger.ledger.LedgerCommand;

/** A step on one of a resident's records kept under review: it names the resident as well as the record. */
public interface ResidentRecordCommand extends LedgerCommand {

    /** The landlord's opaque id for the resident the record belongs to (never a name or an address). */
    String residentId();
}
