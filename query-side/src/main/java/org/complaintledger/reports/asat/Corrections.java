package org.complaintledger.reports.asat;

import java.util.List;

/**
 * The steps recorded after an "as at" instant that happened on or before it (backdated, 5.12): what changed the
 * figures that could be read then. {@code count} counts them all; {@code events} lists the first
 * {@value LedgerAsAt#CORRECTIONS_LISTED} in the order they were recorded.
 */
public record Corrections(long count, List<LaterEvent> events) {
}
