package org.complaintledger.personaldata;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whose personal data each aggregate's events hold: the subject its first subject-naming event named (table
 * {@code data_subject_of_aggregate}, written in that event's transaction). Never changes once written, so it is
 * cached, but only after the transaction that wrote or read it has committed.
 */
class AggregateSubjects {

    private static final Duration FOREVER = Duration.ofDays(36_500);

    private final JdbcTemplate jdbc;
    private final BoundedCache<String, String> known;

    AggregateSubjects(JdbcTemplate jdbc, int maxCached, Clock clock) {
        this.jdbc = jdbc;
        this.known = new BoundedCache<>(maxCached, clock);
    }

    /** Records the aggregate's subject unless an earlier event already named one, which stays. */
    void record(String aggregateId, String subjectId) {
        if (jdbc.update("INSERT INTO data_subject_of_aggregate (aggregate_id, subject_id) VALUES (?, ?) "
                + "ON CONFLICT (aggregate_id) DO NOTHING", aggregateId, subjectId) == 1) {
            AfterCommit.run(() -> known.put(aggregateId, subjectId, FOREVER));
        }
    }

    Optional<String> subjectOf(String aggregateId) {
        Optional<String> cached = known.get(aggregateId);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<String> stored = jdbc.queryForList(
                "SELECT subject_id FROM data_subject_of_aggregate WHERE aggregate_id = ?", String.class, aggregateId)
                .stream().findFirst();
        stored.ifPresent(subject -> AfterCommit.run(() -> known.put(aggregateId, subject, FOREVER)));
        return stored;
    }
}
