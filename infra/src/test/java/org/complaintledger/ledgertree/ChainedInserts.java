package org.complaintledger.ledgertree;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.StoredEvent;
import org.complaintledger.provenance.AppendSeals;
import org.complaintledger.provenance.StoredEventRows;

/**
 * Writes events with their chain rows straight into the event table, on a connection the test holds, as the ledger's
 * append would (EventHash over the row as stored, sealed with AppendSeals): so a test can keep an append's
 * transaction open, roll it back, or write an event the ledger never sealed.
 */
final class ChainedInserts {

    /** Not "Complaint", so no projection takes these streams for complaints. */
    static final String AGGREGATE_TYPE = "InfraTestStream";

    /** One event written: where it went and its chained hash. */
    record Written(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                   byte[] eventHash) {
    }

    /** Work on one connection, in one transaction, as an append is: an event is never seen without its chain row. */
    @FunctionalInterface
    interface Appends<T> {
        T on(Connection connection) throws SQLException;
    }

    private final AppendSeals seals;

    ChainedInserts(AppendSeals seals) {
        this.seals = seals;
    }

    /** Runs {@code appends} in one transaction of its own, committed. */
    static <T> T committed(DataSource dataSource, Appends<T> appends) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            T result = appends.on(connection);
            connection.commit();
            return result;
        }
    }

    /** Event {@code sequence} of {@code aggregate}, chained to {@code previous} (null: the first) and sealed. */
    Written append(Connection connection, String aggregate, long sequence, Written previous) throws SQLException {
        StoredEvent event = event(aggregate, sequence);
        byte[] previousHash = previousHash(previous);
        byte[] hash = EventHash.of(event, previousHash);
        return write(connection, event, previousHash, hash, seals.seal(hash));
    }

    /** As {@link #append}, but its seal is 32 bytes the ledger did not make: a forged event. */
    Written forge(Connection connection, String aggregate, long sequence, Written previous) throws SQLException {
        StoredEvent event = event(aggregate, sequence);
        byte[] previousHash = previousHash(previous);
        byte[] hash = EventHash.of(event, previousHash);
        return write(connection, event, previousHash, hash, EventHash.sha256().digest(hash));
    }

    /** Sealed, but its chain row holds the hash of another payload: an event changed after it was appended. */
    Written changed(Connection connection, String aggregate, long sequence, Written previous) throws SQLException {
        StoredEvent event = event(aggregate, sequence);
        StoredEvent original = new StoredEvent(event.eventIdentifier(), aggregate, event.aggregateType(), sequence,
                event.payloadType(), null, event.recordedAt(), "{\"text\":\"what was appended\"}".getBytes(
                StandardCharsets.UTF_8), event.metaData());
        byte[] previousHash = previousHash(previous);
        byte[] hash = EventHash.of(original, previousHash);
        return write(connection, event, previousHash, hash, seals.seal(hash));
    }

    /** Sealed and hashing true, but chained to {@code previousHash}, whatever the record's previous event is. */
    Written chainedTo(Connection connection, String aggregate, long sequence, byte[] previousHash) throws SQLException {
        StoredEvent event = event(aggregate, sequence);
        byte[] hash = EventHash.of(event, previousHash);
        return write(connection, event, previousHash, hash, seals.seal(hash));
    }

    /** An event with no chain row at all. */
    Written unchained(Connection connection, String aggregate, long sequence) throws SQLException {
        StoredEvent event = event(aggregate, sequence);
        return new Written(insertEvent(connection, event), event.eventIdentifier(), aggregate, sequence, null);
    }

    private static byte[] previousHash(Written previous) {
        return previous == null ? EventHash.NONE_BEFORE : previous.eventHash();
    }

    private Written write(Connection connection, StoredEvent event, byte[] previousHash, byte[] hash, byte[] seal)
            throws SQLException {
        long globalIndex = insertEvent(connection, event);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event_chain (event_identifier, "
                + "aggregate_identifier, sequence_number, previous_hash, event_hash, seal_key_id, append_seal) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, event.eventIdentifier());
            insert.setString(2, event.aggregateIdentifier());
            insert.setLong(3, event.sequenceNumber());
            insert.setBytes(4, previousHash);
            insert.setBytes(5, hash);
            insert.setString(6, seals.currentKeyId());
            insert.setBytes(7, seal);
            insert.executeUpdate();
        }
        return new Written(globalIndex, event.eventIdentifier(), event.aggregateIdentifier(), event.sequenceNumber(),
                hash);
    }

    private static StoredEvent event(String aggregate, long sequence) {
        return new StoredEvent(UUID.randomUUID().toString(), aggregate, AGGREGATE_TYPE, sequence,
                TreeTestNote.class.getName(), null, StoredEventRows.timeStamp(Instant.now()),
                ("{\"text\":\"note " + sequence + " of " + aggregate + "\"}").getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static long insertEvent(Connection connection, StoredEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO domain_event_entry (event_identifier, "
                + "aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload, "
                + "meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING global_index")) {
            insert.setString(1, event.eventIdentifier());
            insert.setString(2, event.aggregateIdentifier());
            insert.setLong(3, event.sequenceNumber());
            insert.setString(4, event.aggregateType());
            insert.setString(5, event.recordedAt());
            insert.setString(6, event.payloadType());
            insert.setString(7, event.payloadRevision());
            insert.setBytes(8, event.payload());
            insert.setBytes(9, event.metaData());
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
