package org.complaintledger.complaint;

import java.time.Instant;
import org.complaintledger.ledger.LedgerCommand;

/**
 * A step someone asks to put on a complaint's record. Every step may say when it happened in the world
 * ({@code occurredAt}, default now) and, when that was a while ago, why it is recorded late.
 */
public interface ComplaintCommand extends LedgerCommand {

    String complaintId();

    @Override
    default String recordId() {
        return complaintId();
    }

    Instant occurredAt();

    String backdatingReason();
}
