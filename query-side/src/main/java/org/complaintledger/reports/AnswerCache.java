package org.complaintledger.reports;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reports of now, kept while the read models they were read from stay as they were for the days they count. A report
 * of a period counts rows by their days up to the period's end (received, answered, due, done; the year before; what
 * was overdue by then), and every write of a report read model's row is counted against each day the row held
 * before and after it, per processing group (V20, {@code report_day_change}, by trigger). So the sum of those counts
 * up to the period's end, read in the report's own snapshot, says whether a report read before still holds: today's
 * work leaves last year's published report as it was, and only a step that touches the year (a backdated one, a
 * correction) has it read again.
 */
final class AnswerCache {

    /** Reports kept: a year's report is tens of kilobytes. */
    private static final int KEPT = 64;

    private record Kept(long readModels, Object report) {
    }

    private final Map<String, Kept> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * The report for {@code key} if read from the read models of {@code processingGroups} as they are now for every
     * day up to {@code lastDay}, else {@code read}'s, kept.
     */
    @SuppressWarnings("unchecked")
    <R> R report(JdbcTemplate jdbc, List<String> processingGroups, LocalDate lastDay, String key, Supplier<R> read) {
        long readModels = changesUpTo(jdbc, processingGroups, lastDay);
        Kept found;
        synchronized (kept) {
            found = kept.get(key);
        }
        if (found != null && found.readModels() == readModels) {
            return (R) found.report();
        }
        R report = read.get();
        synchronized (kept) {
            kept.put(key, new Kept(readModels, report));
        }
        return report;
    }

    /** How many writes the groups' read models have had, counted per day of the rows, for the days up to {@code day}. */
    private static long changesUpTo(JdbcTemplate jdbc, List<String> processingGroups, LocalDate day) {
        return jdbc.queryForObject("SELECT coalesce(sum(changes), 0) FROM report_day_change "
                + "WHERE processing_group = ANY (?) AND day <= ?", Long.class,
                processingGroups.toArray(String[]::new), Date.valueOf(day));
    }
}
