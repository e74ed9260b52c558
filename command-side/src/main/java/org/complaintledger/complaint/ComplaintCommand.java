package org.complaintledger.complaint;

import java.time.Instant;

/**
 * A step someone asks to put on a complaint's record. Every step may say when it happened in the world
 * ({@code occurredAt}, default now) and, when that was a while ago, why it is recorded late.
 */
public interface ComplaintCommand {

    String complaintId();

    Instant occurredAt();

    String backdatingReason();
}
