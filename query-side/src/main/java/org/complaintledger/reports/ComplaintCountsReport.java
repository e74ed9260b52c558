package org.complaintledger.reports;

import java.util.List;
import org.complaintledger.parkedevents.Incomplete;

/**
 * The complaint counts ({@link ComplaintCounts}, one row per breakdown value and the total), and {@code incomplete}
 * (null when whole) while the case-summary processing group has parked events, which the counts then leave out.
 */
public record ComplaintCountsReport(List<ComplaintCounts> rows, Incomplete incomplete) {
}
