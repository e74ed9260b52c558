package org.complaintledger.selfcheck;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The self-check's results in {@code ledger_self_check} and their first failures in {@code ledger_self_check_failure} (V24). */
final class SelfCheckStore {

    /** A run without its failures, for the recent history. */
    record Summary(long checkId, String startedBy, Instant startedAt, Instant finishedAt,
                   SelfCheckResult.Outcome outcome, long eventsVerified, long failureCount) {
    }

    private static final String COLUMNS = "check_id, started_by, started_at, finished_at, outcome, events_verified, "
            + "leaves_verified, checkpoints_verified, bytes_hashed, failure_count, error";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    SelfCheckStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    SelfCheckResult save(SelfCheckResult result) {
        return transactions.execute(status -> {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                var insert = connection.prepareStatement("INSERT INTO ledger_self_check (started_by, started_at, "
                        + "finished_at, outcome, events_verified, leaves_verified, checkpoints_verified, bytes_hashed, "
                        + "failure_count, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"check_id"});
                insert.setString(1, result.startedBy());
                insert.setTimestamp(2, Timestamp.from(result.startedAt()));
                insert.setTimestamp(3, Timestamp.from(result.finishedAt()));
                insert.setString(4, result.outcome().name());
                insert.setLong(5, result.eventsVerified());
                insert.setLong(6, result.leavesVerified());
                insert.setLong(7, result.checkpointsVerified());
                insert.setLong(8, result.bytesHashed());
                insert.setLong(9, result.failureCount());
                insert.setString(10, result.error());
                return insert;
            }, key);
            long id = key.getKey().longValue();
            List<Object[]> failures = new ArrayList<>();
            for (int i = 0; i < result.failures().size(); i++) {
                Failure f = result.failures().get(i);
                failures.add(new Object[] {id, i, f.concerns().name(), f.eventIdentifier(), f.aggregateIdentifier(),
                        f.sequenceNumber(), f.globalIndex(), f.leafIndex(), f.checkpointId(), f.reason()});
            }
            jdbc.batchUpdate("INSERT INTO ledger_self_check_failure (check_id, position, concerns, event_identifier, "
                    + "aggregate_identifier, sequence_number, global_index, leaf_index, checkpoint_id, reason) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", failures);
            return result.stored(id);
        });
    }

    /** The latest run, and the latest that completed (the same run, or an earlier one). */
    record Latest(SelfCheckResult run, SelfCheckResult completed) {

        static final Latest NONE = new Latest(null, null);
    }

    Latest latest() {
        Optional<SelfCheckResult> run = one("SELECT " + COLUMNS + " FROM ledger_self_check ORDER BY check_id DESC LIMIT 1");
        if (run.isEmpty()) {
            return Latest.NONE;
        }
        SelfCheckResult completed = run.get().completed() ? run.get() : one("SELECT " + COLUMNS
                + " FROM ledger_self_check WHERE outcome <> 'INCOMPLETE' ORDER BY check_id DESC LIMIT 1").orElse(null);
        return new Latest(run.get(), completed);
    }

    List<Summary> recent(int most) {
        return jdbc.query("SELECT check_id, started_by, started_at, finished_at, outcome, events_verified, "
                        + "failure_count FROM ledger_self_check ORDER BY check_id DESC LIMIT ?",
                (row, n) -> new Summary(row.getLong(1), row.getString(2), row.getTimestamp(3).toInstant(),
                        row.getTimestamp(4).toInstant(), SelfCheckResult.Outcome.valueOf(row.getString(5)),
                        row.getLong(6), row.getLong(7)), most);
    }

    private Optional<SelfCheckResult> one(String sql) {
        List<SelfCheckResult> rows = jdbc.query(sql, SelfCheckStore::result);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        SelfCheckResult result = rows.getFirst();
        List<Failure> failures = jdbc.query("SELECT concerns, event_identifier, aggregate_identifier, sequence_number, "
                        + "global_index, leaf_index, checkpoint_id, reason FROM ledger_self_check_failure "
                        + "WHERE check_id = ? ORDER BY position",
                (row, n) -> new Failure(Failure.Concerns.valueOf(row.getString(1)), row.getString(2),
                        row.getString(3), (Long) row.getObject(4), (Long) row.getObject(5), (Long) row.getObject(6),
                        (Long) row.getObject(7), row.getString(8)), result.checkId());
        return Optional.of(new SelfCheckResult(result.checkId(), result.startedBy(), result.startedAt(),
                result.finishedAt(), result.outcome(), result.eventsVerified(), result.leavesVerified(),
                result.checkpointsVerified(), result.bytesHashed(), result.failureCount(),
                failures.isEmpty() ? null : failures.getFirst(), failures, result.error()));
    }

    private static SelfCheckResult result(ResultSet row, int n) throws SQLException {
        return new SelfCheckResult(row.getLong(1), row.getString(2), row.getTimestamp(3).toInstant(),
                row.getTimestamp(4).toInstant(), SelfCheckResult.Outcome.valueOf(row.getString(5)), row.getLong(6),
                row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10), null, List.of(), row.getString(11));
    }
}
