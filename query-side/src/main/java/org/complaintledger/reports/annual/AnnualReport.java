package org.complaintledger.reports.annual;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.complaintledger.reports.performance.FigureTable.Change;
import org.complaintledger.reports.performance.PerformanceFigures;

/**
 * The annual complaints performance and service improvement report (8.1, 8.2) for a financial year: the year's
 * figures, the homes owned they are set against, the previous year's the same way, the headline figures side by side
 * with their change, and the governing body's response to the report where one is on record. No personal data.
 */
public record AnnualReport(String financialYear,
                           PerformanceFigures year,
                           Homes homes,
                           PerformanceFigures previousYear,
                           Homes previousHomes,
                           List<Change> comparison,
                           GoverningBodyResponse governingBodyResponse) {

    /**
     * The homes owned in the year as last recorded (null when none is), and stage 1 complaints and stage 2
     * escalations per 1,000 of them (TSM CH01's measure; null without homes).
     */
    public record Homes(Long homesOwned, BigDecimal stageOnePerThousandHomes, BigDecimal stageTwoPerThousandHomes) {
    }

    /**
     * The governing body's response to the year's report (8.2): the landlord's own published text about its
     * performance, not about a resident; {@code recorded} false (and the rest null) while none is on record.
     */
    public record GoverningBodyResponse(boolean recorded, LocalDate respondedOn, String response) {
    }
}
