package org.complaintledger.reports.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.performance.PerformanceFigures.Actions;
import org.complaintledger.reports.performance.PerformanceFigures.Extensions;
import org.complaintledger.reports.performance.PerformanceFigures.FindingCount;
import org.complaintledger.reports.performance.PerformanceFigures.Learning;
import org.complaintledger.reports.performance.PerformanceFigures.Month;
import org.complaintledger.reports.performance.PerformanceFigures.OmbudsmanFigures;
import org.complaintledger.reports.performance.PerformanceFigures.Orders;
import org.complaintledger.reports.performance.PerformanceFigures.RefusalGround;
import org.complaintledger.reports.performance.PerformanceFigures.Remedies;
import org.complaintledger.reports.performance.PerformanceFigures.RemedyType;
import org.complaintledger.reports.performance.PerformanceFigures.Split;
import org.complaintledger.reports.performance.PerformanceFigures.StageOutcomes;
import org.complaintledger.reports.performance.PerformanceFigures.StageTimeliness;
import org.complaintledger.reports.performance.PerformanceFigures.Volumes;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads {@link PerformanceFigures} for a period from the report read models only (timescale_compliance,
 * outcome_decision, outcome_action, ombudsman_*, learning_*), so a report can be read "as at" a past instant. Every
 * query takes the period as the half-open range [from, to + 1 day).
 */
public final class PerformanceQueries {

    /** The period's bounds, for "column >= ? AND column < ?". */
    private static final String IN = " >= ? AND %s < ?";

    private PerformanceQueries() {
    }

    public static PerformanceFigures read(JdbcTemplate jdbc, ReportPeriod period) {
        Query q = new Query(jdbc, Date.valueOf(period.from()), Date.valueOf(period.end()));
        return new PerformanceFigures(period.label(), period.from(), period.to(), volumes(q), months(q, period),
                split(q, "category"), split(q, "channel"), split(q, "tenure"), outcomes(q), timeliness(q),
                extensions(q), refusals(q), remedies(q), actions(q), ombudsman(q), learning(q));
    }

    /** {@code part} of {@code whole} in per cent, to one place; null when there is no whole. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private record Query(JdbcTemplate jdbc, Date from, Date end) {

        /** "column in the period", with its two parameters supplied by {@link #longs}/{@link #rows}. */
        static String in(String column) {
            return column + IN.formatted(column);
        }

        long[] longs(String sql, int periodUses) {
            return jdbc.queryForObject(sql, (rs, n) -> {
                long[] values = new long[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getLong(i + 1);
                }
                return values;
            }, bounds(periodUses));
        }

        /** Rows of a text key and counts. */
        List<Row> rows(String sql, int periodUses) {
            return jdbc.query(sql, (rs, n) -> {
                long[] values = new long[rs.getMetaData().getColumnCount() - 1];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getLong(i + 2);
                }
                return new Row(rs.getString(1), values);
            }, bounds(periodUses));
        }

        private Object[] bounds(int uses) {
            Object[] args = new Object[uses * 2];
            for (int i = 0; i < uses; i++) {
                args[2 * i] = from;
                args[2 * i + 1] = end;
            }
            return args;
        }
    }

    private record Row(String key, long[] values) {
    }

    private static Volumes volumes(Query q) {
        long[] opened = q.longs("SELECT count(*) FILTER (WHERE stage = 1), count(*) FILTER (WHERE stage = 2), "
                + "count(*) FILTER (WHERE stage = 3) FROM timescale_compliance WHERE " + Query.in("opened_on"), 1);
        long[] closed = q.longs("SELECT count(DISTINCT complaint_id) FILTER (WHERE standing = 'REFUSED'), "
                + "count(*) FILTER (WHERE standing = 'ESCALATION_REFUSED'), "
                + "count(DISTINCT complaint_id) FILTER (WHERE standing = 'WITHDRAWN') "
                + "FROM timescale_compliance WHERE " + Query.in("closed_on"), 1);
        return new Volumes(opened[0], opened[1], opened[2], closed[0], closed[1], closed[2],
                percent(opened[1], opened[0]));
    }

    /** Every month the period touches, in order, with zeros where nothing happened. */
    private static List<Month> months(Query q, ReportPeriod period) {
        Map<String, long[]> opened = keyed(q.rows("SELECT to_char(opened_on, 'YYYY-MM'), "
                + "count(*) FILTER (WHERE stage = 1), count(*) FILTER (WHERE stage > 1) FROM timescale_compliance "
                + "WHERE " + Query.in("opened_on") + " GROUP BY 1", 1));
        Map<String, long[]> answered = keyed(q.rows("SELECT to_char(responded_on, 'YYYY-MM'), count(*), "
                + "count(*) FILTER (WHERE on_time_as_extended) FROM timescale_compliance "
                + "WHERE " + Query.in("responded_on") + " GROUP BY 1", 1));
        List<Month> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            long[] o = opened.getOrDefault(m.toString(), new long[2]);
            long[] a = answered.getOrDefault(m.toString(), new long[2]);
            months.add(new Month(m.toString(), o[0], o[1], a[0], a[1]));
        }
        return months;
    }

    /** {@code column} is one of this class's own column names, never input. */
    private static List<Split> split(Query q, String column) {
        return q.rows("SELECT coalesce(" + column + ", 'NOT_RECORDED'), count(*) FILTER (WHERE stage = 1), "
                        + "count(*) FILTER (WHERE stage > 1) FROM timescale_compliance WHERE " + Query.in("opened_on")
                        + " GROUP BY 1 ORDER BY 2 DESC, 3 DESC, 1", 1).stream()
                .map(r -> new Split(r.key(), r.values()[0], r.values()[1])).toList();
    }

    /** Stages 1 and 2 always, stage 3 where a 2022 procedure had one answered in the period. */
    private static List<StageOutcomes> outcomes(Query q) {
        Map<String, long[]> byStage = keyed(q.rows("SELECT stage::text, count(*) FILTER (WHERE decision = 'UPHELD'), "
                + "count(*) FILTER (WHERE decision = 'PARTLY_UPHELD'), count(*) FILTER (WHERE decision = 'NOT_UPHELD') "
                + "FROM outcome_decision WHERE " + Query.in("responded_on") + " GROUP BY stage", 1));
        return stages(byStage).stream().map(s -> {
            long[] v = byStage.getOrDefault(s, new long[3]);
            return new StageOutcomes("Stage " + s, v[0], v[1], v[2]);
        }).toList();
    }

    private static List<StageTimeliness> timeliness(Query q) {
        String acknowledged = Query.in("acknowledged_on") + " AND acknowledged_on_time IS NOT NULL";
        String responded = Query.in("responded_on");
        Map<String, long[]> byStage = keyed(q.rows("SELECT stage::text, "
                + "count(*) FILTER (WHERE " + acknowledged + "), "
                + "count(*) FILTER (WHERE " + acknowledged + " AND acknowledged_on_time), "
                + "count(*) FILTER (WHERE " + responded + "), "
                + "count(*) FILTER (WHERE " + responded + " AND on_time_as_extended), "
                + "count(*) FILTER (WHERE " + responded + " AND on_time_against_original) "
                + "FROM timescale_compliance GROUP BY stage", 5));
        return stages(byStage).stream().map(s -> {
            long[] v = byStage.getOrDefault(s, new long[5]);
            return new StageTimeliness("Stage " + s, v[0], v[1], v[2], v[3], v[4], percent(v[3], v[2]),
                    percent(v[4], v[2]));
        }).toList();
    }

    private static Extensions extensions(Query q) {
        long[] v = q.longs("SELECT count(*) FILTER (WHERE extensions > 0), coalesce(sum(extensions), 0), "
                + "count(*) FILTER (WHERE extensions_beyond_limit > 0), "
                + "count(*) FILTER (WHERE extensions_beyond_limit > 0 AND extensions_within_limit_or_with_good_reason), "
                + "count(*) FILTER (WHERE extensions_beyond_limit > 0 "
                + "AND NOT extensions_within_limit_or_with_good_reason) "
                + "FROM timescale_compliance WHERE " + Query.in("responded_on"), 1);
        return new Extensions(v[0], v[1], v[2], v[3], v[4]);
    }

    private static List<RefusalGround> refusals(Query q) {
        return q.rows("SELECT coalesce(refusal_reason, 'NOT_RECORDED'), "
                        + "count(DISTINCT complaint_id) FILTER (WHERE standing = 'REFUSED'), "
                        + "count(*) FILTER (WHERE standing = 'ESCALATION_REFUSED') FROM timescale_compliance "
                        + "WHERE standing IN ('REFUSED', 'ESCALATION_REFUSED') AND " + Query.in("closed_on")
                        + " GROUP BY 1 ORDER BY 1", 1).stream()
                .map(r -> new RefusalGround(r.key(), r.values()[0], r.values()[1])).toList();
    }

    /** Compensation is the financial remedies' sums (7.1); paid, those completed. */
    private static Remedies remedies(Query q) {
        List<Row> rows = q.rows("SELECT remedy_type, count(*), count(completed_on), coalesce(sum(amount_pence), 0), "
                + "coalesce(sum(amount_pence) FILTER (WHERE completed_on IS NOT NULL), 0) FROM outcome_action "
                + "WHERE remedy_type IS NOT NULL AND " + Query.in("set_on") + " GROUP BY 1 ORDER BY 1", 1);
        long offered = 0;
        long offeredPence = 0;
        long paidPence = 0;
        List<RemedyType> byType = new ArrayList<>();
        for (Row r : rows) {
            byType.add(new RemedyType(r.key(), r.values()[0], r.values()[1], r.values()[2]));
            offered += r.values()[0];
            if ("FINANCIAL".equals(r.key())) {
                offeredPence = r.values()[2];
                paidPence = r.values()[3];
            }
        }
        return new Remedies(byType, offered, offeredPence, paidPence);
    }

    private static Actions actions(Query q) {
        long[] v = q.longs("SELECT count(*), count(*) FILTER (WHERE on_time), count(*) FILTER (WHERE NOT on_time), "
                + "count(*) FILTER (WHERE completed_on IS NULL) FROM outcome_action WHERE " + Query.in("due_by"), 1);
        return new Actions(v[0], v[1], v[2], v[3]);
    }

    private static OmbudsmanFigures ombudsman(Query q) {
        long referrals = q.longs("SELECT count(*) FROM ombudsman_referral WHERE " + Query.in("referred_on"), 1)[0];
        long[] found = q.longs("SELECT count(DISTINCT (complaint_id, found_at)) FILTER (WHERE kind = 'DETERMINATION'), "
                + "count(*) FILTER (WHERE kind = 'COMPLAINT_HANDLING_FAILURE_ORDER'), "
                + "count(*) FILTER (WHERE kind = 'CODE_NON_COMPLIANCE_FINDING') "
                + "FROM ombudsman_finding WHERE " + Query.in("found_on"), 1);
        List<FindingCount> findings = q.rows("SELECT finding, count(*) FROM ombudsman_finding "
                        + "WHERE kind = 'DETERMINATION' AND " + Query.in("found_on") + " GROUP BY 1 ORDER BY 2 DESC, 1", 1)
                .stream().map(r -> new FindingCount(r.key(), r.values()[0])).toList();
        long[] o = q.longs("SELECT count(*), count(*) FILTER (WHERE on_time), count(*) FILTER (WHERE NOT on_time), "
                + "count(*) FILTER (WHERE complied_on IS NULL) FROM ombudsman_order WHERE " + Query.in("made_on"), 1);
        return new OmbudsmanFigures(referrals, found[0], findings, found[1], found[2],
                new Orders(o[0], o[1], o[2], o[3]));
    }

    private static Learning learning(Query q) {
        long recorded = q.longs("SELECT count(*) FROM learning_record WHERE " + Query.in("recorded_on"), 1)[0];
        long linked = q.longs("SELECT count(DISTINCT complaint_id) FROM learning_complaint WHERE "
                + Query.in("linked_on"), 1)[0];
        long[] v = q.longs("SELECT count(*), count(*) FILTER (WHERE on_time), count(*) FILTER (WHERE NOT on_time), "
                + "count(*) FILTER (WHERE delivered_on IS NULL) FROM learning_record WHERE "
                + Query.in("improvement_due"), 1);
        return new Learning(recorded, linked, v[0], v[1], v[2], v[3]);
    }

    private static Map<String, long[]> keyed(List<Row> rows) {
        Map<String, long[]> keyed = new HashMap<>();
        rows.forEach(r -> keyed.put(r.key(), r.values()));
        return keyed;
    }

    private static List<String> stages(Map<String, long[]> byStage) {
        List<String> stages = new ArrayList<>(List.of("1", "2"));
        if (byStage.containsKey("3") && java.util.Arrays.stream(byStage.get("3")).anyMatch(v -> v > 0)) {
            stages.add("3");
        }
        return stages;
    }
}
