package org.complaintledger.metrics;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads, for checking a dashboard or alert rules against what the ledger
 * exports. Not a parser: it drops what cannot hold a metric name (strings, label matchers, ranges, the label lists of
 * by/without/on/ignoring/group_left/group_right) and then keeps each identifier that is neither a keyword nor a call
 * (a function or an aggregation, followed by its parenthesis). Enough for the expressions a dashboard is made of.
 */
final class PromQlMetricNames {

    private static final Pattern STRINGS = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|`[^`]*`");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern LABEL_LISTS =
            Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.:])([a-zA-Z_:][a-zA-Z0-9_:]*)");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "offset", "bool", "inf", "nan", "atan2");

    private PromQlMetricNames() {
    }

    static Set<String> in(String expression) {
        String left = STRINGS.matcher(expression).replaceAll(" ");
        left = MATCHERS.matcher(left).replaceAll(" ");
        left = RANGES.matcher(left).replaceAll(" ");
        left = LABEL_LISTS.matcher(left).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(left);
        while (identifier.find()) {
            String name = identifier.group(1);
            if (!KEYWORDS.contains(name.toLowerCase()) && !called(left, identifier.end())) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean called(String expression, int after) {
        for (int i = after; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '(';
            }
        }
        return false;
    }
}
