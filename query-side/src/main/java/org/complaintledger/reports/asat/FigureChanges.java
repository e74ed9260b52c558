package org.complaintledger.reports.asat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of a report that differ between two readings, found by walking both as JSON: every number is a figure,
 * named by its path. A row of a list is named by its first text field (a category, a month), so a row that moved
 * is still compared with itself.
 */
public final class FigureChanges {

    private FigureChanges() {
    }

    public static List<FigureChange> between(JsonMapper json, Object asAt, Object now) {
        Map<String, BigDecimal> before = figures(json.valueToTree(asAt));
        Map<String, BigDecimal> after = figures(json.valueToTree(now));
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<FigureChange> changes = new ArrayList<>();
        for (String name : names) {
            BigDecimal was = before.get(name);
            BigDecimal is = after.get(name);
            if (was == null || is == null ? !Objects.equals(was, is) : was.compareTo(is) != 0) {
                changes.add(new FigureChange(name, was, is));
            }
        }
        return changes;
    }

    /** Every number in {@code node}, by its path. */
    public static Map<String, BigDecimal> figures(JsonNode node) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        collect("", node, figures);
        return figures;
    }

    private static void collect(String path, JsonNode node, Map<String, BigDecimal> figures) {
        if (node.isNumber()) {
            figures.put(path, node.decimalValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), figures);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + rowName(node.get(i), i) + "]", node.get(i), figures);
            }
        }
    }

    private static String rowName(JsonNode row, int index) {
        if (row.isObject()) {
            for (Map.Entry<String, JsonNode> field : row.properties()) {
                if (field.getValue().isString()) {
                    return field.getValue().asString();
                }
            }
        }
        return String.valueOf(index);
    }
}
