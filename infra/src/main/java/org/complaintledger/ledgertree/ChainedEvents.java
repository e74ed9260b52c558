package org.complaintledger.ledgertree;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complaintledger.ledgertree.ChainedEvent.Place;
import org.complaintledger.provenance.StoredEventRows;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads events with their chain rows, exactly as stored, for admission. */
final class ChainedEvents {

    private static final String SELECT = "SELECT e.global_index, " + columns("e.", StoredEventRows.COLUMNS)
            + ", c.aggregate_identifier AS chain_aggregate_identifier, c.sequence_number AS chain_sequence_number, "
            + "c.previous_hash, c.event_hash, c.seal_key_id, c.append_seal "
            + "FROM domain_event_entry e LEFT JOIN event_chain c ON c.event_identifier = e.event_identifier ";

    private final JdbcTemplate jdbc;

    ChainedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} events above {@code globalIndex}, in global_index order. */
    List<ChainedEvent> above(long globalIndex, int limit) {
        return jdbc.query(SELECT + "WHERE e.global_index > ? ORDER BY e.global_index LIMIT ?", ChainedEvents::row,
                globalIndex, limit);
    }

    /**
     * Up to {@code limit} events that have become visible in the awaited gaps read (those starting at or below
     * {@code lastGap}), in global_index order.
     */
    List<ChainedEvent> inGaps(long lastGap, int limit) {
        // The bounds on e.global_index let PostgreSQL read only the events between the first and last gap: without
        // them, as the ledger grew, it walked the events in order from the very first to find the few in the gaps
        // (24 s at 700,000 events, past the socket timeout; 64 ms with them: docs/benchmarks.md, "Bulk import").
        return jdbc.query(SELECT + "JOIN ledger_admission_gap g ON e.global_index BETWEEN g.first_index AND g.last_index "
                + "WHERE g.first_index <= ? "
                + "AND e.global_index >= (SELECT min(first_index) FROM ledger_admission_gap WHERE first_index <= ?) "
                + "AND e.global_index <= (SELECT max(last_index) FROM ledger_admission_gap WHERE first_index <= ?) "
                + "ORDER BY e.global_index LIMIT ?", ChainedEvents::row, lastGap, lastGap, lastGap, limit);
    }

    /** The stored chain hash ({@code event_chain.event_hash}) of each of these places that has one. */
    Map<Place, byte[]> storedHashes(Collection<Place> places) {
        Map<Place, byte[]> hashes = new HashMap<>();
        if (places.isEmpty()) {
            return hashes;
        }
        String[] aggregates = places.stream().map(Place::aggregateIdentifier).toArray(String[]::new);
        Long[] sequences = places.stream().map(Place::sequenceNumber).toArray(Long[]::new);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT c.aggregate_identifier, "
                    + "c.sequence_number, c.event_hash FROM unnest(?::varchar[], ?::bigint[]) AS p(aggregate_identifier, "
                    + "sequence_number) JOIN event_chain c ON c.aggregate_identifier = p.aggregate_identifier "
                    + "AND c.sequence_number = p.sequence_number");
            statement.setArray(1, connection.createArrayOf("varchar", aggregates));
            statement.setArray(2, connection.createArrayOf("int8", sequences));
            return statement;
        }, rs -> {
            hashes.put(new Place(rs.getString(1), rs.getLong(2)), rs.getBytes(3));
        });
        return hashes;
    }

    private static ChainedEvent row(ResultSet rs, int row) throws SQLException {
        String chainAggregate = rs.getString("chain_aggregate_identifier");
        ChainedEvent.Chain chain = chainAggregate == null ? null : new ChainedEvent.Chain(chainAggregate,
                rs.getLong("chain_sequence_number"), rs.getBytes("previous_hash"), rs.getBytes("event_hash"),
                rs.getString("seal_key_id"), rs.getBytes("append_seal"));
        return new ChainedEvent(rs.getLong("global_index"), StoredEventRows.read(rs), chain);
    }

    /** {@code a, b} as {@code e.a, e.b}. */
    private static String columns(String table, String columns) {
        return table + columns.replace(", ", ", " + table);
    }
}
