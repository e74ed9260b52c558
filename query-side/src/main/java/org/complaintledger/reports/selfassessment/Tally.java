package org.complaintledger.reports.selfassessment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts a measure: a query of the report read models giving one row per case counted, with its Code version
 * ({@code code_version}, null where the measure is not split by version), its id ({@code id}; a case failing twice is
 * listed twice) and whether it met the provision ({@code met}, never null). The measures are this package's own SQL,
 * never input.
 */
final class Tally {

    /** How many cases were counted and met the provision, and the ids of those that did not (the first listed). */
    record Count(long met, long counted, List<String> breaches) {
        static final Count NONE = new Count(0, 0, List.of());
    }

    private Tally() {
    }

    /** The measure's count per Code version, newest version first. */
    static Map<String, Count> byVersion(JdbcTemplate jdbc, String measure, Object... args) {
        Map<String, Count> counts = new LinkedHashMap<>();
        jdbc.query("SELECT code_version, count(*) FILTER (WHERE met) AS met, count(*) AS counted, "
                + "(array_agg(id ORDER BY id) FILTER (WHERE NOT met))[1:" + Evidence.BREACHES_LISTED
                + "] AS breaches FROM (" + measure + ") m GROUP BY code_version ORDER BY code_version DESC NULLS LAST",
                (ResultSet rs) -> {
                    counts.put(rs.getString("code_version"), new Count(rs.getLong("met"), rs.getLong("counted"),
                            ids(rs.getArray("breaches"))));
                }, args);
        return counts;
    }

    /** The measure's count over every Code version. */
    static Count overall(JdbcTemplate jdbc, String measure, Object... args) {
        Map<String, Count> counts = byVersion(jdbc, "SELECT NULL::text AS code_version, id, met FROM (" + measure
                + ") v", args);
        return counts.getOrDefault(null, Count.NONE);
    }

    private static List<String> ids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
