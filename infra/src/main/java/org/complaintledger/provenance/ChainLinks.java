package org.complaintledger.provenance;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.StoredEvent;

/**
 * Chains a batch of events (docs/proofs.md section 1): each event's hash over its stored values and the hash of its
 * record's previous event, and the ledger's seal on it. The previous event is earlier in the batch, or the last one
 * this process committed to its record ({@link ChainHeads}), or else read from {@code event_chain}: one indexed SELECT
 * for the whole batch, and none when every event's predecessor is found without it.
 */
final class ChainLinks {

    private static final String PREVIOUS_HASH = "SELECT aggregate_identifier, sequence_number, event_hash "
            + "FROM event_chain WHERE aggregate_identifier = ? AND sequence_number = ?";
    private static final String PREVIOUS_HASHES = "SELECT c.aggregate_identifier, c.sequence_number, c.event_hash "
            + "FROM unnest(?::varchar[], ?::bigint[]) AS wanted (aggregate_identifier, sequence_number) "
            + "JOIN event_chain c ON c.aggregate_identifier = wanted.aggregate_identifier "
            + "AND c.sequence_number = wanted.sequence_number";

    private final AppendSeals seals;
    private final ChainHeads heads;

    /** @param heads the last links this process committed, or null to read every predecessor from the table */
    ChainLinks(AppendSeals seals, ChainHeads heads) {
        this.seals = seals;
        this.heads = heads;
    }

    /**
     * The links of a batch's events, in order.
     *
     * @param linked   a link for each event whose predecessor has a chain row (or is linked earlier in the batch)
     * @param unlinked the events that could not be chained: their predecessor has no chain row
     */
    record Linked(List<ChainLink> linked, List<StoredEvent> unlinked) {
    }

    /**
     * @param events in the order they are appended: within a record, in sequence order
     */
    Linked link(Connection connection, List<StoredEvent> events) throws SQLException {
        Set<Position> inBatch = new HashSet<>();
        Map<Position, byte[]> hashOf = new HashMap<>();
        Set<Position> wanted = new LinkedHashSet<>();
        for (StoredEvent event : events) {
            Position previous = Position.before(event);
            if (previous != null && !inBatch.contains(previous)) {
                byte[] kept = heads == null ? null : heads.hashAt(previous.aggregateIdentifier(), previous.sequenceNumber());
                if (kept != null) {
                    hashOf.put(previous, kept);
                } else {
                    wanted.add(previous);
                }
            }
            inBatch.add(Position.of(event));
        }
        if (!wanted.isEmpty()) {
            hashOf.putAll(storedHashes(connection, wanted));
        }
        MessageDigest digest = EventHash.sha256();
        String keyId = seals.currentKeyId();
        List<ChainLink> linked = new ArrayList<>(events.size());
        List<StoredEvent> unlinked = new ArrayList<>();
        for (StoredEvent event : events) {
            Position before = Position.before(event);
            byte[] previous = before == null ? EventHash.NONE_BEFORE : hashOf.get(before);
            if (previous == null) {
                unlinked.add(event);
                continue;
            }
            byte[] hash = EventHash.of(event, previous, digest);
            hashOf.put(Position.of(event), hash);
            linked.add(new ChainLink(event.eventIdentifier(), event.aggregateIdentifier(), event.sequenceNumber(),
                    previous, hash, keyId, seals.seal(hash)));
        }
        if (heads != null && unlinked.isEmpty()) {
            heads.keepWhenCommitted(linked);
        }
        return new Linked(linked, unlinked);
    }

    /** The stored hashes at those positions: one query, the simplest for the usual one (a command on one record). */
    private static Map<Position, byte[]> storedHashes(Connection connection, Set<Position> positions)
            throws SQLException {
        Map<Position, byte[]> hashes = new HashMap<>();
        boolean one = positions.size() == 1;
        try (PreparedStatement select = connection.prepareStatement(one ? PREVIOUS_HASH : PREVIOUS_HASHES)) {
            if (one) {
                Position position = positions.iterator().next();
                select.setString(1, position.aggregateIdentifier());
                select.setLong(2, position.sequenceNumber());
            } else {
                select.setArray(1, connection.createArrayOf("varchar",
                        positions.stream().map(Position::aggregateIdentifier).toArray()));
                select.setArray(2, connection.createArrayOf("bigint",
                        positions.stream().map(Position::sequenceNumber).toArray()));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hashes.put(new Position(rows.getString(1), rows.getLong(2)), rows.getBytes(3));
                }
            }
        }
        return hashes;
    }

    /** An event's place: its record and sequence number. */
    private record Position(String aggregateIdentifier, long sequenceNumber) {

        static Position of(StoredEvent event) {
            return new Position(event.aggregateIdentifier(), event.sequenceNumber());
        }

        /** Where the event's predecessor is, or null for the first event of a record. */
        static Position before(StoredEvent event) {
            return event.sequenceNumber() == 0 ? null
                    : new Position(event.aggregateIdentifier(), event.sequenceNumber() - 1);
        }
    }
}
