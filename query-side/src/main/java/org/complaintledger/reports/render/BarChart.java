package org.complaintledger.reports.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A grouped bar chart laid out for inline SVG (templates/report-parts.html, fragment {@code chart}): one group per
 * label (a month, a category, a stage), one bar per series in each (received and responded in time, this year and
 * last). Geometry is worked out here so the template only draws; {@link #description()} says every figure in words
 * for readers who cannot see the chart.
 */
public record BarChart(String title, String description, int width, int height, List<Series> series,
                       List<Group> groups, List<Tick> ticks, int plotLeft, int plotBottom) {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int TOP = 16;
    private static final int BOTTOM = 56;
    private static final List<String> COLOURS = List.of("#1d4f91", "#d9822b", "#3b8f4e", "#8c3b8f", "#6b6b6b");

    public record Series(String name, String colour) {
    }

    public record Bar(String series, long value, double x, double y, double width, double height, String colour) {
    }

    public record Group(String label, double labelX, List<Bar> bars) {
    }

    public record Tick(long value, double y) {
    }

    /** {@code values.get(s).get(g)} is series s's figure for group g. */
    public static BarChart of(String title, List<String> seriesNames, List<String> groupLabels,
                              List<List<Long>> values) {
        long max = Math.max(1, values.stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(1));
        long step = niceStep(max);
        long top = ((max + step - 1) / step) * step;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double groupWidth = (double) (WIDTH - LEFT - 8) / Math.max(1, groupLabels.size());
        double barWidth = groupWidth * 0.8 / Math.max(1, seriesNames.size());
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < seriesNames.size(); s++) {
            series.add(new Series(seriesNames.get(s), COLOURS.get(s % COLOURS.size())));
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < groupLabels.size(); g++) {
            double groupX = LEFT + g * groupWidth + groupWidth * 0.1;
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < seriesNames.size(); s++) {
                long value = values.get(s).get(g);
                double h = plotHeight * value / top;
                bars.add(new Bar(seriesNames.get(s), value, round(groupX + s * barWidth), round(TOP + plotHeight - h),
                        round(barWidth - 1), round(h), series.get(s).colour()));
            }
            groups.add(new Group(groupLabels.get(g), round(LEFT + g * groupWidth + groupWidth / 2), bars));
        }
        List<Tick> ticks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            ticks.add(new Tick(v, round(TOP + plotHeight - plotHeight * v / top)));
        }
        return new BarChart(title, describe(seriesNames, groupLabels, values), WIDTH, HEIGHT, series, groups, ticks,
                LEFT, (int) (TOP + plotHeight));
    }

    private static String describe(List<String> seriesNames, List<String> groupLabels, List<List<Long>> values) {
        List<String> parts = new ArrayList<>();
        for (int g = 0; g < groupLabels.size(); g++) {
            int group = g;
            parts.add(groupLabels.get(g) + ": " + java.util.stream.IntStream.range(0, seriesNames.size())
                    .mapToObj(s -> seriesNames.get(s) + " " + values.get(s).get(group))
                    .collect(Collectors.joining(", ")));
        }
        return String.join("; ", parts) + ".";
    }

    /** 1, 2 or 5 times a power of ten, giving about five gridlines. */
    private static long niceStep(long max) {
        long raw = Math.max(1, max / 5);
        long power = 1;
        while (power * 10 <= raw) {
            power *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
