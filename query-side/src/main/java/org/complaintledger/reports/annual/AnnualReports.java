package org.complaintledger.reports.annual;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.performance.FigureTable;
import org.complaintledger.reports.performance.PerformanceFigures;
import org.complaintledger.reports.performance.PerformanceQueries;
import org.complaintledger.reports.render.CsvTable;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Reads the annual report (8.1, 8.2) for a financial year from the report read models, and lays it out as CSV. */
public final class AnnualReports {

    private AnnualReports() {
    }

    /** The report for {@code year} and the year before it; {@code json} names the figures compared. */
    public static AnnualReport read(JdbcTemplate jdbc, JsonMapper json, ReportPeriod year) {
        ReportPeriod before = year.previous();
        PerformanceFigures now = PerformanceQueries.read(jdbc, year);
        PerformanceFigures then = PerformanceQueries.read(jdbc, before);
        AnnualReport.Homes homes = homes(jdbc, year, now);
        AnnualReport.Homes previousHomes = homes(jdbc, before, then);
        Map<String, String> homesLabels = new LinkedHashMap<>();
        homesLabels.put("homesOwned", "Homes owned");
        homesLabels.put("stageOnePerThousandHomes", "Stage 1 complaints per 1,000 homes");
        homesLabels.put("stageTwoPerThousandHomes", "Escalations to stage 2 per 1,000 homes");
        List<FigureTable.Change> comparison = new java.util.ArrayList<>(FigureTable.changes(
                FigureTable.figures(json, now), FigureTable.figures(json, then), FigureTable.headlines()));
        comparison.addAll(FigureTable.changes(FigureTable.figures(json, homes),
                FigureTable.figures(json, previousHomes), homesLabels));
        return new AnnualReport(year.label(), now, homes, then, previousHomes, comparison,
                response(jdbc, year.from().getYear()));
    }

    /** The long table: the year's figures beside the previous year's, then the homes. */
    public static CsvTable csv(JsonMapper json, AnnualReport report) {
        List<List<Object>> rows = new java.util.ArrayList<>(
                FigureTable.rows(json, "", report.year(), report.previousYear()));
        rows.addAll(FigureTable.rows(json, "homes", report.homes(), report.previousHomes()));
        return new CsvTable(FigureTable.HEADER, rows);
    }

    private static AnnualReport.Homes homes(JdbcTemplate jdbc, ReportPeriod year, PerformanceFigures figures) {
        Long homes = jdbc.query("SELECT low_cost_rental + low_cost_home_ownership FROM homes_owned "
                + "WHERE financial_year = ?", rs -> rs.next() ? rs.getLong(1) : null, year.from().getYear());
        return new AnnualReport.Homes(homes, perThousand(figures.volumes().stageOneReceived(), homes),
                perThousand(figures.volumes().stageTwoRequested(), homes));
    }

    private static BigDecimal perThousand(long count, Long homes) {
        return homes == null || homes == 0 ? null
                : BigDecimal.valueOf(count * 1000).divide(BigDecimal.valueOf(homes), 2, RoundingMode.HALF_UP);
    }

    private static AnnualReport.GoverningBodyResponse response(JdbcTemplate jdbc, int financialYear) {
        return jdbc.query("SELECT responded_on, response FROM governing_body_response WHERE financial_year = ?",
                rs -> rs.next() ? new AnnualReport.GoverningBodyResponse(true, rs.getDate(1).toLocalDate(),
                        rs.getString(2)) : new AnnualReport.GoverningBodyResponse(false, null, null), financialYear);
    }
}
