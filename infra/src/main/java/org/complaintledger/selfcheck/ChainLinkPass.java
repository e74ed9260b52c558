package org.complaintledger.selfcheck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The links of every record's chain, in the database (one pass over {@code event_chain} in record order; only the rows
 * that fail come back): a record's first row is sequence 0 chained to 32 zero bytes, and every other row's previous
 * hash is the stored hash of the record's row one sequence number before, which must exist. With {@link EventPass} (each event's
 * recomputed hash is its row's, for its record and sequence number) and {@link #orphans} (every row has its event),
 * every record's events are numbered 0..n without a gap and chained end to end.
 */
final class ChainLinkPass {

    /**
     * Each row beside the one before it in its record (a window over the rows sorted by record and sequence number;
     * the record's id compared byte by byte, as "C" collates, which sorts several times faster than a language's
     * collation and orders just as well for this).
     */
    static final String BROKEN_LINKS = """
            WITH linked AS (
                SELECT c.event_identifier, c.aggregate_identifier, c.sequence_number, c.previous_hash,
                       lag(c.sequence_number) OVER record AS previous_sequence,
                       lag(c.event_hash) OVER record AS previous_event_hash
                FROM event_chain c
                WINDOW record AS (PARTITION BY c.aggregate_identifier COLLATE "C" ORDER BY c.sequence_number)),
            broken AS (
                SELECT event_identifier, aggregate_identifier, sequence_number,
                       CASE
                           WHEN previous_sequence IS NULL AND sequence_number <> 0
                               THEN 'its record has no event #' || (sequence_number - 1)
                                    || ' in event_chain, nor any before it: the events before it were removed'
                           WHEN previous_sequence IS NULL
                               THEN 'it is the first event of its record, but its previous hash in event_chain is '
                                    || 'not 32 zero bytes'
                           WHEN sequence_number <> previous_sequence + 1
                               THEN 'its record has no event #' || (sequence_number - 1) || ' in event_chain (the one '
                                    || 'before it is #' || previous_sequence || '): an event before it was removed'
                           ELSE 'its previous hash is not the stored hash of event #' || previous_sequence
                                || ' of its record: the chain is broken there'
                       END AS reason
                FROM linked
                WHERE (previous_sequence IS NULL
                       AND (sequence_number <> 0 OR previous_hash <> decode(repeat('00', 32), 'hex')))
                   OR (previous_sequence IS NOT NULL
                       AND (sequence_number <> previous_sequence + 1 OR previous_hash <> previous_event_hash)))
            SELECT b.event_identifier, b.aggregate_identifier, b.sequence_number, e.global_index, l.leaf_index, b.reason
            FROM broken b
            LEFT JOIN domain_event_entry e ON e.event_identifier = b.event_identifier
            LEFT JOIN ledger_leaf l ON l.global_index = e.global_index""";

    static final String ORPHANED_CHAIN_ROWS = """
            SELECT c.event_identifier, c.aggregate_identifier, c.sequence_number, l.leaf_index, l.global_index
            FROM event_chain c
            LEFT JOIN ledger_leaf l ON l.event_identifier = c.event_identifier
            WHERE NOT EXISTS (SELECT 1 FROM domain_event_entry e WHERE e.event_identifier = c.event_identifier)""";

    private ChainLinkPass() {
    }

    static void run(Connection connection, Findings findings) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BROKEN_LINKS)) {
            statement.setFetchSize(1_000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    findings.add(new Failure(Failure.Concerns.CHAIN, row.getString(1), row.getString(2),
                            row.getLong(3), nullable(row, 4), nullable(row, 5), null, row.getString(6)));
                }
            }
        }
    }

    /**
     * Chain rows whose event is no longer stored: looked for only when there are more chain rows than the events that
     * have one ({@link EventPass}), so a whole scan costs nothing on an intact ledger.
     */
    static void orphans(Connection connection, Findings findings) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ORPHANED_CHAIN_ROWS)) {
            statement.setFetchSize(1_000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Long leafIndex = nullable(row, 4);
                    findings.add(new Failure(Failure.Concerns.CHAIN, row.getString(1), row.getString(2),
                            row.getLong(3), nullable(row, 5), leafIndex, null, "its event is no longer stored, but its "
                            + "row in event_chain is" + (leafIndex == null ? "" : ", and so is its leaf")
                            + ": the event was removed"));
                }
            }
        }
    }

    static Long nullable(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
