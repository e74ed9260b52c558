package org.complaintledger.reports.performance;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.complaintledger.reports.render.BarChart;

/**
 * The charts both performance reports draw (8.1, 9.7): monthly volumes against responses in time, outcomes by stage,
 * categories, and the trend against the period compared with. Every bar is a figure of the answer.
 */
public final class PerformanceCharts {

    private static final int SHORT_LABEL = 12;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    private PerformanceCharts() {
    }

    /** The page's charts by the names the templates draw them under. */
    public static Map<String, Object> of(PerformanceFigures now, PerformanceFigures before) {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("monthlyChart", monthly(now));
        charts.put("outcomesChart", chart("Chart: upheld, partly upheld and not upheld, by stage", now.outcomesByStage(),
                PerformanceFigures.StageOutcomes::stage, Map.of(
                        "Upheld", PerformanceFigures.StageOutcomes::upheld,
                        "Partly upheld", PerformanceFigures.StageOutcomes::partlyUpheld,
                        "Not upheld", PerformanceFigures.StageOutcomes::notUpheld),
                List.of("Upheld", "Partly upheld", "Not upheld")));
        charts.put("categoriesChart", chart("Chart: stage 1 complaints and escalations by category", now.byCategory(),
                PerformanceFigures.Split::value, Map.of(
                        "Stage 1 received", PerformanceFigures.Split::stageOne,
                        "Escalations requested", PerformanceFigures.Split::escalations),
                List.of("Stage 1 received", "Escalations requested")));
        charts.put("trendChart", trend(now, before));
        return charts;
    }

    private static BarChart monthly(PerformanceFigures f) {
        List<String> months = f.byMonth().stream().map(m -> MONTH.format(YearMonth.parse(m.month()))).toList();
        return BarChart.of("Chart: stage 1 complaints received and responses issued in time, by month",
                List.of("Stage 1 received", "Responses issued", "Responses in time (as extended)"), months,
                List.of(f.byMonth().stream().map(PerformanceFigures.Month::received).toList(),
                        f.byMonth().stream().map(PerformanceFigures.Month::responded).toList(),
                        f.byMonth().stream().map(PerformanceFigures.Month::respondedOnTime).toList()));
    }

    private static BarChart trend(PerformanceFigures now, PerformanceFigures before) {
        // short enough not to run into each other under six groups of bars
        List<String> groups = List.of("Stage 1 received", "Escalated", "Refused", "Stage 1 in time", "Remedies",
                "To Ombudsman");
        Function<PerformanceFigures, List<Long>> figures = f -> List.of(f.volumes().stageOneReceived(),
                f.volumes().stageTwoRequested() + f.volumes().stageThreeRequested(), f.volumes().refused(),
                f.timeliness().getFirst().onTimeAsExtended(), f.remedies().offered(), f.ombudsman().referrals());
        // a financial year's label is short enough for the legend; a period's ("1 January 2026 to ...") is not
        boolean years = now.label().length() <= SHORT_LABEL;
        return BarChart.of("Chart: " + now.label() + " against " + before.label(),
                years ? List.of(now.label(), before.label()) : List.of("This period", "Previous period"), groups,
                List.of(figures.apply(now), figures.apply(before)));
    }

    /** One group per row, one bar per series ({@code order} names them; the map gives each its figure). */
    private static <T> BarChart chart(String title, List<T> rows, Function<T, String> label,
                                      Map<String, ToLongFunction<T>> series, List<String> order) {
        return BarChart.of(title, order, rows.stream().map(label).toList(), order.stream()
                .map(name -> rows.stream().map(row -> series.get(name).applyAsLong(row)).toList()).toList());
    }
}
