package org.complaintledger.parkedevents;

import java.util.List;

/**
 * Said by a report or list whose source processing groups have parked events: its figures leave out
 * {@code parkedEvents} events (and whatever of their complaints' later events wait behind them) until an officer
 * retries them (POST /api/parked-events/...).
 */
public record Incomplete(long parkedEvents, List<String> processingGroups) {
}
