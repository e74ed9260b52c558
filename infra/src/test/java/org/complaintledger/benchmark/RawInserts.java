package org.complaintledger.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The server's raw rate: single-row INSERT transactions (autocommit) into a table shaped like the event table. */
final class RawInserts {

    private static final byte[] META_DATA = ("{\"traceId\":\"00000000-0000-0000-0000-000000000000\","
            + "\"correlationId\":\"00000000-0000-0000-0000-000000000000\"}").getBytes();

    private RawInserts() {
    }

    static void createScratchTable(Connection monitor) throws SQLException {
        try (Statement statement = monitor.createStatement()) {
            // Shaped like domain_event_entry: a serial key, two unique indexes, text columns and a bytea payload.
            statement.execute("""
                    CREATE TABLE benchmark_raw_insert (
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
        }
    }

    /** One client: its own connection, inserting one row with a random payload per transaction. */
    static LoadPhases.Action action(String jdbcUrl, int payloadBytes) {
        try {
            byte[] payload = new byte[payloadBytes];
            Connection connection = DriverManager.getConnection(jdbcUrl);
            connection.setAutoCommit(true);
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO benchmark_raw_insert (event_identifier, aggregate_identifier,
                        sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, 0, 'Complaint', ?, 'org.complaintledger.complaint.CorrespondenceRecorded',
                        null, ?, ?)""");
            return new LoadPhases.Action() {
                @Override
                public void run() throws SQLException {
                    ThreadLocalRandom.current().nextBytes(payload);
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setString(3, Instant.now().toString());
                    insert.setBytes(4, payload);
                    insert.setBytes(5, META_DATA);
                    insert.executeUpdate();
                }

                @Override
                public void close() throws SQLException {
                    connection.close();
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
