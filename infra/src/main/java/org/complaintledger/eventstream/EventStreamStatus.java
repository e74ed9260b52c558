package org.complaintledger.eventstream;

import org.springframework.beans.factory.ObjectProvider;

/** The stream's state, read from the database (so every node answers the same), and replays asked for. */
final class EventStreamStatus {

    private final EventStreamProperties properties;
    private final StreamPositions positions;
    private final StreamedEvents events;
    private final ObjectProvider<EventStreamPublisher> publisher;

    EventStreamStatus(EventStreamProperties properties, StreamPositions positions, StreamedEvents events,
                      ObjectProvider<EventStreamPublisher> publisher) {
        this.properties = properties;
        this.positions = positions;
        this.events = events;
        this.publisher = publisher;
    }

    EventStreamState state() {
        StreamPositions.Position position = positions.peek(properties.topic());
        long head = events.head();
        EventStreamPublisher running = publisher.getIfAvailable();
        return new EventStreamState(properties.enabled(), properties.topic(),
                running != null && running.publishing(), position.next(), position.next() - 1, head,
                Math.max(0, head - position.next()), position.publishedAt());
    }

    boolean enabled() {
        return properties.enabled();
    }

    /** See {@link StreamPositions#rewind}. */
    long rewind(long fromPosition) {
        return positions.rewind(properties.topic(), fromPosition);
    }
}
