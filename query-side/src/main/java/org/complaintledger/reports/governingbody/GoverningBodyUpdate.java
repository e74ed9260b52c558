package org.complaintledger.reports.governingbody;

import java.time.LocalDate;
import java.util.List;
import org.complaintledger.reports.performance.FigureTable.Change;
import org.complaintledger.reports.performance.PerformanceFigures;

/**
 * The governing body's update (9.7) for a period: its figures (volumes, categories, outcomes, performance, the
 * Ombudsman's outcomes and orders), the previous period's, the headline trends between them, and what is overdue.
 * Counts and complaint ids only, never personal data.
 */
public record GoverningBodyUpdate(PerformanceFigures period,
                                  PerformanceFigures previousPeriod,
                                  List<Change> trends,
                                  Overdue overdue) {

    /**
     * What was overdue at the start of {@code asOf} (the day after the period, or today while it runs): remedies and
     * actions due before it and not completed by then (6.17, 7.3), and the Ombudsman's orders due before it and not
     * complied with by then (9.7 c), each in all and by complaint.
     */
    public record Overdue(LocalDate asOf, long actions, long orders, List<OverdueOn> actionsByComplaint,
                          List<OverdueOn> ordersByComplaint) {
    }

    /** How many of a complaint's actions or orders were overdue. */
    public record OverdueOn(String complaintId, long overdue) {
    }
}
