package org.complaintledger.reports.asat;

import java.math.BigDecimal;

/** One figure of a report that reads differently now from how it read as at the instant asked for. */
public record FigureChange(String figure, BigDecimal asAt, BigDecimal now) {
}
