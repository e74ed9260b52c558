package org.complaintledger.eventstream;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the ledger's events in admission order, the ledger tree's leaves (docs/proofs.md, section 2). Not in
 * global_index order: a global_index is taken at INSERT but visible only at COMMIT, so an event can appear below one
 * already read; admission waits for such gaps and gives each event its leaf once, so leaf order has no gaps that fill
 * later and never changes. Events refused admission (a seal or hash that does not hold) are never published.
 */
final class StreamedEvents {

    private final JdbcTemplate jdbc;

    StreamedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} events from stream position {@code from}, in stream order. */
    List<StreamedEvent> from(long from, int limit) {
        return jdbc.query("SELECT l.leaf_index, e.global_index, e.event_identifier, e.type, e.aggregate_identifier, "
                        + "e.sequence_number, e.time_stamp, e.payload_type, e.payload_revision, e.payload "
                        + "FROM ledger_leaf l JOIN domain_event_entry e ON e.global_index = l.global_index "
                        + "WHERE l.leaf_index >= ? ORDER BY l.leaf_index LIMIT ?",
                (rs, row) -> new StreamedEvent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getBytes(10)),
                from, limit);
    }

    /** How many events have been admitted: the stream's head (the next position to be given a leaf). */
    long head() {
        Long count = jdbc.queryForObject("SELECT leaf_count FROM ledger_admission", Long.class);
        return count == null ? 0 : count;
    }
}
