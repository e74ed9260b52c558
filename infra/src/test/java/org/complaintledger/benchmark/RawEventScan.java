package org.complaintledger.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * The replay benchmark's baseline: one thread reads every event with plain JDBC, in global order, a large page at a
 * time, and deserialises every payload exactly as the ledger's processors get it: the rows made into Axon's tracked
 * entries as {@code JdbcEventStorageEngine} makes them, through the application's upcaster chain (which opens sealed
 * personal data) and its event serializer. Nothing is done with the payloads but to have them.
 */
final class RawEventScan {

    private static final String EVENTS = "SELECT global_index, event_identifier, aggregate_identifier, sequence_number, "
            + "type, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry "
            + "ORDER BY global_index";

    /** What one scan read. */
    record Scanned(long events, long payloadsOfAType, double seconds) {

        double perSecond() {
            return events / seconds;
        }
    }

    private final DataSource database;
    private final Serializer eventSerializer;
    private final EventUpcaster upcasters;
    private final int fetchSize;

    RawEventScan(DataSource database, Serializer eventSerializer, EventUpcaster upcasters, int fetchSize) {
        this.database = database;
        this.eventSerializer = eventSerializer;
        this.upcasters = upcasters;
        this.fetchSize = fetchSize;
    }

    /** Reads and deserialises every event; counts those whose payload is a {@code ComplaintLogged}, as a check. */
    Scanned scan() throws SQLException {
        long started = System.nanoTime();
        long events = 0;
        long logged = 0;
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false); // or PostgreSQL's driver reads the whole result before the first row
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(EVENTS)) {
                statement.setFetchSize(fetchSize);
                try (ResultSet rows = statement.executeQuery();
                     Stream<TrackedEventMessage<?>> messages = EventUtils.upcastAndDeserializeTrackedEvents(
                             entries(rows), eventSerializer, upcasters)) {
                    for (Iterator<TrackedEventMessage<?>> each = messages.iterator(); each.hasNext(); ) {
                        Object payload = each.next().getPayload();
                        events++;
                        if (payload instanceof org.complaintledger.complaint.ComplaintLogged) {
                            logged++;
                        }
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        return new Scanned(events, logged, (System.nanoTime() - started) / 1e9);
    }

    /** The rows as tracked entries, read as the JDBC storage engine reads them (timestamp as stored, bytes). */
    private static Stream<TrackedDomainEventData<byte[]>> entries(ResultSet rows) {
        Iterator<TrackedDomainEventData<byte[]>> iterator = new Iterator<>() {
            private Boolean ahead;

            @Override
            public boolean hasNext() {
                if (ahead == null) {
                    try {
                        ahead = rows.next();
                    } catch (SQLException e) {
                        throw new IllegalStateException("reading the events failed", e);
                    }
                }
                return ahead;
            }

            @Override
            public TrackedDomainEventData<byte[]> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ahead = null;
                try {
                    GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(rows.getString(5),
                            rows.getString(3), rows.getLong(4), rows.getString(2), rows.getString(6),
                            rows.getString(7), rows.getString(8), rows.getBytes(9), rows.getBytes(10));
                    return new TrackedDomainEventData<>(
                            GapAwareTrackingToken.newInstance(rows.getLong(1), Collections.emptySortedSet()), entry);
                } catch (SQLException e) {
                    throw new IllegalStateException("reading an event failed", e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }
}
