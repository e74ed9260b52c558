package org.complaintledger.ledger;

import java.time.Instant;

/**
 * Anything that went on a record of the ledger. It carries when it happened in the world ({@code occurredAt});
 * when it was recorded is the event store's own timestamp. A step recorded late carries the reason it was.
 */
public interface LedgerEvent {

    Instant occurredAt();

    String backdatingReason();
}
