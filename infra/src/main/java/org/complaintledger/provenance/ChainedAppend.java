package org.complaintledger.provenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.complaintledger.proof.StoredEvent;

/**
 * The INSERT of a batch of events into {@code domain_event_entry} with each event's chain link into
 * {@code event_chain}, in the appending transaction (docs/proofs.md section 1). Every column of an event's row is
 * bound from the {@link StoredEvent} that was hashed, so what is hashed is what is stored.
 *
 * <p>Each event and its link are one statement: the link is inserted from the event row's {@code RETURNING}, so there
 * is never a link without its event. Axon executes the batch and turns a unique violation (another command appended
 * that sequence number to that record first) into its {@code ConcurrencyException}, retried or answered 409 as
 * before: the event row is inserted first, so a race on a record's sequence fails on the event table's unique key
 * exactly as it did without chains.
 */
public final class ChainedAppend {

    private static final String EVENT_COLUMNS_BOUND = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final ChainLinks links;
    /** Off only in the benchmark that measures what chaining costs (test sources); nothing in the ledger turns it off. */
    private volatile boolean chaining = true;

    ChainedAppend(ChainLinks links) {
        this.links = links;
    }

    /**
     * The batched INSERT of {@code events} and their links, ready for Axon to execute.
     *
     * @param events in append order (within a record, in sequence order), personal data already sealed
     * @throws UnchainedPredecessor if an event's predecessor has no chain row (nothing is stored)
     */
    public PreparedStatement insert(Connection connection, EventSchema schema, List<StoredEvent> events)
            throws SQLException {
        String insertEvent = "INSERT INTO " + schema.domainEventTable() + " (" + schema.domainEventFields()
                + ") VALUES " + EVENT_COLUMNS_BOUND;
        if (!chaining) {
            return batch(connection, insertEvent, events, null);
        }
        ChainLinks.Linked linked = links.link(connection, events);
        if (!linked.unlinked().isEmpty()) {
            throw new UnchainedPredecessor(linked.unlinked().getFirst());
        }
        String insertBoth = "WITH event AS (" + insertEvent + " RETURNING " + schema.eventIdentifierColumn() + ", "
                + schema.aggregateIdentifierColumn() + ", " + schema.sequenceNumberColumn() + ") "
                + "INSERT INTO event_chain (event_identifier, aggregate_identifier, sequence_number, previous_hash, "
                + "event_hash, seal_key_id, append_seal) SELECT " + schema.eventIdentifierColumn() + ", "
                + schema.aggregateIdentifierColumn() + ", " + schema.sequenceNumberColumn() + ", ?, ?, ?, ? FROM event";
        return batch(connection, insertBoth, events, linked.linked());
    }

    /** For the benchmark only (test sources): appends without chaining, to measure the difference. */
    void chaining(boolean on) {
        chaining = on;
    }

    private static PreparedStatement batch(Connection connection, String sql, List<StoredEvent> events,
                                           List<ChainLink> links) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < events.size(); i++) {
                StoredEvent event = events.get(i);
                statement.setString(1, event.eventIdentifier());
                statement.setString(2, event.aggregateIdentifier());
                statement.setLong(3, event.sequenceNumber());
                statement.setString(4, event.aggregateType());
                statement.setString(5, event.recordedAt());
                statement.setString(6, event.payloadType());
                statement.setString(7, event.payloadRevision());
                statement.setBytes(8, event.payload());
                statement.setBytes(9, event.metaData());
                if (links != null) {
                    ChainLink link = links.get(i);
                    statement.setBytes(10, link.previousHash());
                    statement.setBytes(11, link.eventHash());
                    statement.setString(12, link.sealKeyId());
                    statement.setBytes(13, link.appendSeal());
                }
                statement.addBatch();
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
