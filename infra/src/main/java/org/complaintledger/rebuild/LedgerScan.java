package org.complaintledger.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.complaintledger.readmodel.ProjectedEvent;
import org.postgresql.PGStatement;

/**
 * Reads the ledger's events in {@code global_index} order with one cursor in large pages, and deserialises each page
 * on the worker threads (sealed personal data opened and upcast exactly as for the live processors), handing pages on
 * in order: the reading, the deserialising and the caller's applying of events overlap.
 */
final class LedgerScan {

    static final int PAGE = 2_000;
    private static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, "
            + "type, time_stamp, payload_type, payload_revision, payload, meta_data";

    /** One page of events in ledger order, and the global indexes it held. */
    record Page(List<ProjectedEvent> events, long[] positions) {
    }

    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final ExecutorService workers;

    LedgerScan(Serializer serializer, EventUpcaster upcasters, ExecutorService workers) {
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.workers = workers;
    }

    /**
     * Hands every event with a global index in ({@code after}, {@code upTo}] to {@code pages}, a page at a time in
     * order, read on {@code connection} (in a transaction, so that the cursor fetches in pages).
     */
    void read(Connection connection, long after, long upTo, Consumer<Page> pages) throws SQLException {
        BlockingQueue<CompletableFuture<Page>> ahead = new ArrayBlockingQueue<>(8);
        Thread reader = Thread.ofPlatform().name("ledger-scan").start(() -> {
            try {
                readRaw(connection, after, upTo, ahead);
                ahead.put(CompletableFuture.completedFuture(null));
            } catch (SQLException | RuntimeException e) {
                try {
                    ahead.put(CompletableFuture.failedFuture(e));  // the caller drains until this one
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();  // the caller stopped taking pages
            }
        });
        try {
            for (Page page = next(ahead); page != null; page = next(ahead)) {
                pages.accept(page);
            }
        } finally {
            reader.interrupt();
        }
    }

    private static Page next(BlockingQueue<CompletableFuture<Page>> ahead) throws SQLException {
        try {
            return ahead.take().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the ledger's events", e);
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof SQLException failed) {
                throw failed;
            }
            throw e;
        }
    }

    /** Events of the given global indexes (gaps seen earlier that may have been filled since), in order. */
    Page readPositions(Connection connection, long[] positions) throws SQLException {
        if (positions.length == 0) {
            return new Page(List.of(), new long[0]);
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM domain_event_entry WHERE global_index = ANY (?) ORDER BY global_index")) {
            query.setArray(1, connection.createArrayOf("bigint",
                    java.util.Arrays.stream(positions).boxed().toArray()));
            List<TrackedEventData<?>> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(entry(rs));
                }
            }
            return deserialised(rows);
        }
    }

    private void readRaw(Connection connection, long after, long upTo, BlockingQueue<CompletableFuture<Page>> ahead)
            throws SQLException, InterruptedException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM domain_event_entry "
                + "WHERE global_index > ? AND global_index <= ? ORDER BY global_index")) {
            query.setFetchSize(PAGE);
            binary(query);
            query.setLong(1, after);
            query.setLong(2, upTo);
            try (ResultSet rs = query.executeQuery()) {
                List<TrackedEventData<?>> rows = new ArrayList<>(PAGE);
                while (rs.next()) {
                    rows.add(entry(rs));
                    if (rows.size() == PAGE) {
                        ahead.put(deserialise(rows));
                        rows = new ArrayList<>(PAGE);
                    }
                }
                if (!rows.isEmpty()) {
                    ahead.put(deserialise(rows));
                }
            }
        }
    }

    /**
     * Rows in PostgreSQL's binary format from the first execution: a payload then arrives as its bytes, not as hex
     * text the reading thread would have to decode (a negative threshold is the driver's way to ask for it).
     */
    private static void binary(PreparedStatement query) throws SQLException {
        query.unwrap(PGStatement.class).setPrepareThreshold(-1);
    }

    private CompletableFuture<Page> deserialise(List<TrackedEventData<?>> rows) {
        return CompletableFuture.supplyAsync(() -> deserialised(rows), workers);
    }

    /** The events of {@code rows} as the processors get them (payloads deserialised here, not later). */
    private Page deserialised(List<TrackedEventData<?>> rows) {
        List<ProjectedEvent> events = new ArrayList<>(rows.size());
        long[] positions = new long[rows.size()];
        EventUtils.upcastAndDeserializeTrackedEvents(rows.stream(), serializer, upcasters)
                .forEach((TrackedEventMessage<?> message) -> {
                    positions[events.size()] = ((GapAwareTrackingToken) message.trackingToken()).getIndex();
                    events.add(ProjectedEvent.of(message));
                });
        return new Page(events, java.util.Arrays.copyOf(positions, events.size()));
    }

    private static TrackedEventData<?> entry(ResultSet rs) throws SQLException {
        return new TrackedDomainEventData<>(GapAwareTrackingToken.newInstance(rs.getLong(1), java.util.Set.of()),
                new GenericDomainEventEntry<>(rs.getString(5), rs.getString(3), rs.getLong(4), rs.getString(2),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10)));
    }
}
