package org.complaintledger.reports;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintledger.code.InvalidField;

/**
 * What the complaint counts can be split by: the category from the taxonomy (9.4) and the tenure of the home, which
 * the Tenant Satisfaction Measures report separately (TSM CH01: low-cost rental, low-cost home ownership).
 */
enum Breakdown {
    CATEGORY("category"),
    // "Not recorded" (complaints logged before the ledger asked) is a tenure of its own, so null means "all".
    TENURE("coalesce(tenure, 'NOT_RECORDED')");

    private final String grouped;

    Breakdown(String grouped) {
        this.grouped = grouped;
    }

    /** The name in the {@code by} parameter and of the field in {@link ComplaintCounts}. */
    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the counts query groups the case summaries by. */
    String grouped() {
        return grouped;
    }

    /** The breakdowns named in {@code by} ({@code category}, {@code tenure}), in their own order. */
    static Set<Breakdown> named(List<String> by) {
        Set<Breakdown> named = EnumSet.noneOf(Breakdown.class);
        for (String name : by) {
            named.add(Arrays.stream(values()).filter(b -> b.parameter().equals(name.strip())).findFirst()
                    .orElseThrow(() -> new InvalidField("by", "'" + name + "' is not a breakdown; allowed: " + allowed())));
        }
        if (named.isEmpty()) {
            throw new InvalidField("by", "must name a breakdown: " + allowed());
        }
        return named;
    }

    private static String allowed() {
        return Arrays.stream(values()).map(Breakdown::parameter).collect(Collectors.joining(", "));
    }
}
