package org.complaintledger.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reports of now, kept while the read models they were read from stay as they were. A report is a function of its
 * parameters and of those read models, and only their processors write them, in the transaction that also moves
 * the processor's token or parks an event: so the tokens and parked events of the report's processing groups, read
 * in the report's own snapshot, say whether a report read before still holds. A ledger read far more often than it
 * changes (a published report, a board pack opened by many) then answers from memory; the first read after any
 * change reads the tables again.
 */
final class AnswerCache {

    /** Reports kept: a year's report is tens of kilobytes. */
    private static final int KEPT = 64;

    private record Kept(String readModels, Object report) {
    }

    private final Map<String, Kept> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > KEPT;
        }
    };

    /** The report for {@code key} if read from the read models as they are now, else {@code read}'s, kept. */
    @SuppressWarnings("unchecked")
    <R> R report(JdbcTemplate jdbc, List<String> processingGroups, String key, Supplier<R> read) {
        String readModels = stateOf(jdbc, processingGroups);
        Kept found;
        synchronized (kept) {
            found = kept.get(key);
        }
        if (found != null && found.readModels().equals(readModels)) {
            return (R) found.report();
        }
        R report = read.get();
        synchronized (kept) {
            kept.put(key, new Kept(readModels, report));
        }
        return report;
    }

    /** The groups' tokens (a digest of each) and how many events each has parked. */
    private static String stateOf(JdbcTemplate jdbc, List<String> processingGroups) {
        String[] groups = processingGroups.toArray(String[]::new);
        return jdbc.queryForObject("SELECT coalesce(string_agg(processor_name || '/' || segment || '/' "
                + "|| md5(coalesce(token, ''::bytea)), ',' ORDER BY processor_name, segment), '') || '|' "
                + "|| (SELECT count(*) FROM dead_letter_entry WHERE processing_group = ANY (?)) "
                + "FROM token_entry WHERE processor_name = ANY (?)", String.class, groups, groups);
    }
}
