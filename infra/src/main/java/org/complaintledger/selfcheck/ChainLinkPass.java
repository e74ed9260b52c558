package org.complaintledger.selfcheck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The links of every record's chain, in the database (one self-join of {@code event_chain}, only the rows that fail
 * come back): a record's first row is sequence 0 chained to 32 zero bytes, and every other row's previous hash is the
 * stored hash of the record's row one sequence number before, which must exist. With {@link EventPass} (each event's
 * recomputed hash is its row's, for its record and sequence number) and {@link #orphans} (every row has its event),
 * every record's events are numbered 0..n without a gap and chained end to end.
 */
final class ChainLinkPass {

    static final String BROKEN_LINKS = """
            WITH broken AS (
                SELECT c.event_identifier, c.aggregate_identifier, c.sequence_number,
                       CASE
                           WHEN c.sequence_number < 0 THEN 'its sequence number is negative'
                           WHEN c.sequence_number = 0 THEN 'it is the first event of its record, but its previous hash '
                               || 'in event_chain is not 32 zero bytes'
                           WHEN p.event_identifier IS NULL THEN 'its record has no event #'
                               || (c.sequence_number - 1) || ' in event_chain: an event before it was removed'
                           ELSE 'its previous hash is not the stored hash of event #' || (c.sequence_number - 1)
                               || ' of its record: the chain is broken there'
                       END AS reason
                FROM event_chain c
                LEFT JOIN event_chain p ON p.aggregate_identifier = c.aggregate_identifier
                                       AND p.sequence_number = c.sequence_number - 1
                WHERE c.sequence_number < 0
                   OR (c.sequence_number = 0 AND c.previous_hash <> decode(repeat('00', 32), 'hex'))
                   OR (c.sequence_number > 0 AND p.event_hash IS DISTINCT FROM c.previous_hash))
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
