package org.complaintledger.parkedevents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many events each processing group has parked (dead_letter_entry, filled by Axon's dead-letter queue): a read
 * model built by a group with parked events is short of them until they are retried.
 */
@Component
public class ParkedEventCounts {

    private final JdbcTemplate jdbc;

    public ParkedEventCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Parked events per processing group, only the groups with any, by name. */
    public Map<String, Long> byProcessingGroup() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT processing_group, count(*) FROM dead_letter_entry GROUP BY processing_group "
                + "ORDER BY processing_group", rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    public long of(String processingGroup) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?",
                Long.class, processingGroup);
        return count == null ? 0 : count;
    }

    /** What a figure built from {@code sources} is short of: null when none of them has parked events. */
    public Incomplete incomplete(String... sources) {
        Map<String, Long> parked = byProcessingGroup();
        List<String> groups = List.of(sources).stream().filter(parked::containsKey).toList();
        if (groups.isEmpty()) {
            return null;
        }
        return new Incomplete(groups.stream().mapToLong(parked::get).sum(), groups);
    }
}
