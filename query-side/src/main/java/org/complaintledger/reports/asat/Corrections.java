package org.complaintledger.reports.asat;

import java.util.List;

/**
 * The steps recorded after an "as at" instant that can have changed the figures that could be read then: backdated
 * steps (5.12) and corrections of the landlord's figures for the report's years ({@link LaterSteps}). {@code count}
 * counts them all; {@code events} lists the first {@value LedgerAsAt#CORRECTIONS_LISTED} in the order they were
 * recorded.
 */
public record Corrections(long count, List<LaterEvent> events) {
}
