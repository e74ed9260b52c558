package org.complaintledger.reports.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintledger.reports.asat.FigureChanges;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report's figures as one long table for a spreadsheet (section, figure, breakdown, value and, beside it, the same
 * figure for the period compared with), and the headline figures side by side with their change. Figures are found
 * as the JSON answer names them (FigureChanges' paths), so the CSV, the comparison and the JSON cannot disagree.
 */
public final class FigureTable {

    public static final List<String> HEADER = List.of("section", "figure", "breakdown", "value", "previous");

    private FigureTable() {
    }

    /** A headline figure this period and the one compared with, and the change (null where either is missing). */
    public record Change(String figure, String label, BigDecimal value, BigDecimal previous, BigDecimal change) {
    }

    /** Every figure of {@code current} by its JSON path, as {@link FigureChanges} names them. */
    public static Map<String, BigDecimal> figures(JsonMapper json, Object current) {
        return FigureChanges.figures(json.valueToTree(current));
    }

    /**
     * One row per figure of {@code current} and of {@code previous} (a category seen in one period only has an empty
     * cell in the other), each section prefixed with {@code prefix}.
     */
    public static List<List<Object>> rows(JsonMapper json, String prefix, Object current, Object previous) {
        Map<String, BigDecimal> now = figures(json, current);
        Map<String, BigDecimal> before = figures(json, previous);
        Set<String> paths = new LinkedHashSet<>(now.keySet());
        paths.addAll(before.keySet());
        List<List<Object>> rows = new ArrayList<>();
        for (String path : paths) {
            String[] parts = parts(path);
            List<Object> row = new ArrayList<>();
            row.add(prefix.isEmpty() || parts[0].isEmpty() ? prefix + parts[0] : prefix + "." + parts[0]);
            row.add(parts[1]);
            row.add(parts[2]);
            row.add(now.get(path));
            row.add(before.get(path));
            rows.add(row);
        }
        return rows;
    }

    /** The {@code labels}' figures, in their order, now and before. */
    public static List<Change> changes(Map<String, BigDecimal> now, Map<String, BigDecimal> before,
                                       Map<String, String> labels) {
        List<Change> changes = new ArrayList<>();
        labels.forEach((path, label) -> {
            BigDecimal value = now.get(path);
            BigDecimal previous = before.get(path);
            changes.add(new Change(path, label, value, previous,
                    value == null || previous == null ? null : value.subtract(previous)));
        });
        return changes;
    }

    /** Section, figure and breakdown of "a.b", "a[x].b" or "a.b[x].c". */
    static String[] parts(String path) {
        int open = path.indexOf('[');
        if (open < 0) {
            int dot = path.lastIndexOf('.');
            return new String[] {dot < 0 ? "" : path.substring(0, dot), path.substring(dot + 1), ""};
        }
        int close = path.lastIndexOf("].");
        return new String[] {path.substring(0, open), path.substring(close + 2), path.substring(open + 1, close)};
    }

    /** The headline figures a comparison with another period shows, labelled for a reader. */
    public static Map<String, String> headlines() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("volumes.stageOneReceived", "Stage 1 complaints received");
        labels.put("volumes.stageTwoRequested", "Escalations to stage 2 requested");
        labels.put("volumes.stageThreeRequested", "Escalations to stage 3 requested (2022 Code procedures)");
        labels.put("volumes.escalationRatePercent", "Escalation rate (%)");
        labels.put("volumes.refused", "Complaints refused");
        labels.put("volumes.escalationsRefused", "Escalations refused");
        labels.put("volumes.withdrawn", "Complaints withdrawn");
        labels.put("timeliness[Stage 1].acknowledgedOnTime", "Stage 1 acknowledged on time");
        labels.put("timeliness[Stage 1].responded", "Stage 1 responses issued");
        labels.put("timeliness[Stage 1].onTimeAsExtendedPercent", "Stage 1 responses on time, as extended (%)");
        labels.put("timeliness[Stage 1].onTimeAgainstOriginalPercent",
                "Stage 1 responses on time, against the original deadline (%)");
        labels.put("timeliness[Stage 2].responded", "Stage 2 responses issued");
        labels.put("timeliness[Stage 2].onTimeAsExtendedPercent", "Stage 2 responses on time, as extended (%)");
        labels.put("timeliness[Stage 2].onTimeAgainstOriginalPercent",
                "Stage 2 responses on time, against the original deadline (%)");
        labels.put("extensions.stagesExtended", "Stages extended");
        labels.put("extensions.beyondLimitWithoutGoodReason", "Stages extended beyond the limit without good reason");
        labels.put("remedies.offered", "Remedies offered");
        labels.put("remedies.compensationOfferedPence", "Compensation offered (£)");
        labels.put("remedies.compensationPaidPence", "Compensation paid (£)");
        labels.put("actions.due", "Remedies and actions due");
        labels.put("actions.completedLate", "Remedies and actions completed late");
        labels.put("actions.outstanding", "Remedies and actions not yet completed");
        labels.put("ombudsman.referrals", "Referrals to the Housing Ombudsman");
        labels.put("ombudsman.determinations", "Ombudsman determinations");
        labels.put("ombudsman.complaintHandlingFailureOrders", "Complaint handling failure orders");
        labels.put("ombudsman.orders.made", "Ombudsman orders made");
        labels.put("ombudsman.orders.compliedLate", "Ombudsman orders complied with late");
        labels.put("learning.recorded", "Learning records");
        labels.put("learning.deliveredOnTime", "Service improvements delivered on time");
        return labels;
    }
}
