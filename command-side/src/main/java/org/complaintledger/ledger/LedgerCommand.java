package org.complaintledger.ledger;

import java.time.Instant;

/**
 * A step someone asks to put on one record of the ledger: a complaint, or a resident's adjustment or restriction.
 * It names the record (the aggregate) it goes on, may say when it happened in the world ({@code occurredAt},
 * default now) and, when that was a while ago, why it is recorded late.
 */
public interface LedgerCommand {

    /** The id of the record the step goes on: one aggregate, whose events are read back as its record. */
    String recordId();

    Instant occurredAt();

    String backdatingReason();
}
