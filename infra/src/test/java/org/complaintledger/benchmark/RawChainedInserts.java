package org.complaintledger.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.StoredEvent;
import org.complaintledger.provenance.AppendSeals;
import org.complaintledger.provenance.StoredEventRows;

/**
 * The append alone, without a command around it: single-event INSERT transactions (autocommit) from a fixed set of
 * connections into scratch tables shaped like {@code domain_event_entry} and {@code event_chain}, either the event
 * alone or, as the ledger appends, the event hashed, sealed and inserted with its link in one statement. What chaining
 * adds to an append, to set against what a whole command costs.
 */
final class RawChainedInserts implements AutoCloseable {

    private static final byte[] META_DATA = ("{\"traceId\":\"00000000-0000-0000-0000-000000000000\","
            + "\"correlationId\":\"00000000-0000-0000-0000-000000000000\"}").getBytes(StandardCharsets.UTF_8);
    private static final String EVENT_INSERT = "INSERT INTO benchmark_chain_event (event_identifier, "
            + "aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision, payload, "
            + "meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CHAINED_INSERT = "WITH event AS (" + EVENT_INSERT + " RETURNING event_identifier, "
            + "aggregate_identifier, sequence_number) INSERT INTO benchmark_chain_link (event_identifier, "
            + "aggregate_identifier, sequence_number, previous_hash, event_hash, seal_key_id, append_seal) "
            + "SELECT event_identifier, aggregate_identifier, sequence_number, ?, ?, ?, ? FROM event";

    private final AppendSeals seals;
    private final int payloadBytes;
    private final BlockingQueue<Connection> connections;

    RawChainedInserts(String jdbcUrl, int clients, AppendSeals seals, int payloadBytes) throws SQLException {
        this.seals = seals;
        this.payloadBytes = payloadBytes;
        this.connections = new ArrayBlockingQueue<>(clients);
        for (int i = 0; i < clients; i++) {
            Connection connection = DriverManager.getConnection(jdbcUrl);
            connection.setAutoCommit(true);
            connections.add(connection);
        }
    }

    static void createScratchTables(Connection monitor) throws SQLException {
        try (Statement statement = monitor.createStatement()) {
            // As domain_event_entry (a serial key of its own, the same unique indexes) and event_chain (V21).
            statement.execute("""
                    CREATE TABLE benchmark_chain_event (
                        global_index         BIGSERIAL    PRIMARY KEY,
                        event_identifier     VARCHAR(255) NOT NULL UNIQUE,
                        aggregate_identifier VARCHAR(255) NOT NULL,
                        sequence_number      BIGINT       NOT NULL,
                        type                 VARCHAR(255),
                        time_stamp           VARCHAR(255) NOT NULL,
                        payload_type         VARCHAR(255) NOT NULL,
                        payload_revision     VARCHAR(255),
                        payload              BYTEA        NOT NULL,
                        meta_data            BYTEA,
                        UNIQUE (aggregate_identifier, sequence_number))""");
            statement.execute("CREATE TABLE benchmark_chain_link (LIKE event_chain INCLUDING ALL)");
        }
    }

    /** One event of a new record, appended as the ledger appends it ({@code chaining}) or alone. */
    void append(boolean chaining) throws SQLException, InterruptedException {
        byte[] payload = new byte[payloadBytes];
        ThreadLocalRandom.current().nextBytes(payload);
        String id = UUID.randomUUID().toString();
        StoredEvent event = new StoredEvent(id, UUID.randomUUID().toString(), "Complaint", 0,
                "org.complaintledger.complaint.CorrespondenceRecorded", null, StoredEventRows.timeStamp(Instant.now()),
                payload, META_DATA);
        Connection connection = connections.take();
        try (PreparedStatement insert = connection.prepareStatement(chaining ? CHAINED_INSERT : EVENT_INSERT)) {
            insert.setString(1, event.eventIdentifier());
            insert.setString(2, event.aggregateIdentifier());
            insert.setLong(3, event.sequenceNumber());
            insert.setString(4, event.aggregateType());
            insert.setString(5, event.recordedAt());
            insert.setString(6, event.payloadType());
            insert.setString(7, event.payloadRevision());
            insert.setBytes(8, event.payload());
            insert.setBytes(9, event.metaData());
            if (chaining) {
                byte[] hash = EventHash.of(event, EventHash.NONE_BEFORE);
                insert.setBytes(10, EventHash.NONE_BEFORE);
                insert.setBytes(11, hash);
                insert.setString(12, seals.currentKeyId());
                insert.setBytes(13, seals.seal(hash));
            }
            insert.executeUpdate();
        } finally {
            connections.add(connection);
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections) {
            connection.close();
        }
    }
}
