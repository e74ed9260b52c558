package org.complaintledger.reports;

import java.time.Instant;
import java.util.List;
import org.complaintledger.parkedevents.Incomplete;
import org.complaintledger.reports.asat.Corrections;
import org.complaintledger.reports.asat.FigureChange;

/**
 * A published report with what it was read from: its period, the instant the ledger was read as at (null: now), when
 * it was answered, whether its read models are short of parked events (null when complete; as at a past instant,
 * the events the rebuild could not apply, as live processing parks them), and for a report as at a past instant, what
 * reads differently today and the backdated steps recorded since that made it so.
 */
public record ReportAnswer<R>(String title,
                              ReportPeriod period,
                              String periodLabel,
                              Instant asAt,
                              Instant answeredAt,
                              Incomplete incomplete,
                              R report,
                              SinceAsAt sinceAsAt) {

    /** Figures that read differently today than as at the instant, and the steps recorded since that describe it. */
    public record SinceAsAt(List<FigureChange> changedFigures, Corrections corrections) {
    }
}
