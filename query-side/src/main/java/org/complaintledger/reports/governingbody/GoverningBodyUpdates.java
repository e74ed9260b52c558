package org.complaintledger.reports.governingbody;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.code.InvalidField;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.governingbody.GoverningBodyUpdate.Overdue;
import org.complaintledger.reports.governingbody.GoverningBodyUpdate.OverdueOn;
import org.complaintledger.reports.performance.FigureTable;
import org.complaintledger.reports.performance.PerformanceFigures;
import org.complaintledger.reports.performance.PerformanceQueries;
import org.complaintledger.reports.render.CsvTable;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Reads the governing body's update (9.7) from the report read models, and lays it out as CSV. */
public final class GoverningBodyUpdates {

    private GoverningBodyUpdates() {
    }

    /**
     * {@code from} to {@code to} when both are given; when neither is, the last complete quarter of the financial year
     * (April-June, July-September, October-December, January-March) before {@code today}; else InvalidField naming
     * the one missing.
     */
    public static ReportPeriod period(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null && to == null) {
            LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
            return new ReportPeriod(quarterStart.minusMonths(3), quarterStart.minusDays(1));
        }
        if (from == null || to == null) {
            throw new InvalidField(from == null ? "from" : "to", "must be given with "
                    + (from == null ? "to" : "from") + ", or neither for the last complete quarter");
        }
        return ReportPeriod.between(from, to);
    }

    /** The update for {@code period}, beside the period before it, with what was overdue as at {@code today}. */
    public static GoverningBodyUpdate read(JdbcTemplate jdbc, JsonMapper json, ReportPeriod period, LocalDate today) {
        PerformanceFigures now = PerformanceQueries.read(jdbc, period);
        PerformanceFigures before = PerformanceQueries.read(jdbc, period.previous());
        LocalDate asOf = period.end().isBefore(today) ? period.end() : today;
        List<OverdueOn> actions = overdue(jdbc, "outcome_action", "completed_on", asOf);
        List<OverdueOn> orders = overdue(jdbc, "ombudsman_order", "complied_on", asOf);
        return new GoverningBodyUpdate(now, before, FigureTable.changes(FigureTable.figures(json, now),
                FigureTable.figures(json, before), FigureTable.headlines()),
                new Overdue(asOf, total(actions), total(orders), actions, orders));
    }

    /** The long table: the period's figures beside the previous period's, then what is overdue by complaint. */
    public static CsvTable csv(JsonMapper json, GoverningBodyUpdate update) {
        List<List<Object>> rows = new ArrayList<>(FigureTable.rows(json, "", update.period(),
                update.previousPeriod()));
        rows.addAll(FigureTable.rows(json, "overdue", update.overdue(), null));
        return new CsvTable(FigureTable.HEADER, rows);
    }

    /** Due before {@code asOf} and not done before it; {@code table} and {@code done} are this class's own names. */
    private static List<OverdueOn> overdue(JdbcTemplate jdbc, String table, String done, LocalDate asOf) {
        Date day = Date.valueOf(asOf);
        return jdbc.query("SELECT complaint_id, count(*) FROM " + table + " WHERE due_by < ? AND (" + done
                        + " IS NULL OR " + done + " >= ?) GROUP BY complaint_id ORDER BY complaint_id",
                (rs, n) -> new OverdueOn(rs.getString(1), rs.getLong(2)), day, day);
    }

    private static long total(List<OverdueOn> overdue) {
        return overdue.stream().mapToLong(OverdueOn::overdue).sum();
    }
}
