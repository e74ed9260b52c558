package org.complaintledger.eventstore;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the tracking processors read it, lingering a moment when an event arrives on a stream that was
 * idle, so that the events appended meanwhile are handled in the same batch. Without it every one of the processors'
 * threads wakes for every command's events: one read of the store and one transaction per event per processing group.
 * With it a busy ledger's processors take a batch per linger; a backlog (a replay, a processor catching up) is read at
 * once, without lingering. The cost is that a projection follows a new event up to the linger later.
 */
public final class LingeringEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final long lingerNanos;

    public LingeringEventSource(StreamableMessageSource<TrackedEventMessage<?>> events, Duration linger) {
        if (linger.isNegative()) {
            throw new IllegalArgumentException("linger must not be negative: " + linger);
        }
        this.events = events;
        this.lingerNanos = linger.toNanos();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken from) {
        BlockingStream<TrackedEventMessage<?>> stream = events.openStream(from);
        return lingerNanos == 0 ? stream : new LingeringStream(stream, lingerNanos);
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return events.createTokenSince(duration);
    }

    private record LingeringStream(BlockingStream<TrackedEventMessage<?>> stream, long lingerNanos)
            implements BlockingStream<TrackedEventMessage<?>> {

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            // a caller draining a batch asks without waiting: what is there is read at once
            if (timeout <= 0 || stream.hasNextAvailable()) {
                return stream.hasNextAvailable(timeout, unit);
            }
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            if (!stream.hasNextAvailable(timeout, unit)) {
                return false;
            }
            // the stream was idle and an event came: let the events of the commands running meanwhile arrive too
            long linger = Math.min(lingerNanos, deadline - System.nanoTime());
            if (linger > 0) {
                TimeUnit.NANOSECONDS.sleep(linger);
            }
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void close() {
            stream.close();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return stream.setOnAvailableCallback(callback);
        }
    }
}
