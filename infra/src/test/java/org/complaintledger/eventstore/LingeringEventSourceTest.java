package org.complaintledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LingeringEventSourceTest {

    private final EmbeddedEventStore store =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();

    @AfterEach
    void stop() {
        store.shutDown();
    }

    @Test
    void anEventOnAnIdleStreamWaitsForTheOthersOfItsLingerAndTheyAreReadInOneBatch() throws Exception {
        LingeringEventSource source = new LingeringEventSource(store, Duration.ofSeconds(30));
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            long start = System.nanoTime();
            CompletableFuture<Boolean> available = CompletableFuture.supplyAsync(() -> waitUpTo(stream, 1));
            store.publish(GenericEventMessage.asEventMessage("first"));
            store.publish(GenericEventMessage.asEventMessage("second"));

            assertThat(available.get(20, TimeUnit.SECONDS)).isTrue();
            long waited = System.nanoTime() - start;
            // lingered, but never past the caller's own time-out (1 s, not the 30 s linger)
            assertThat(waited).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(900))
                    .isLessThan(TimeUnit.SECONDS.toNanos(20));
            assertThat(drain(stream)).containsExactly("first", "second");
        }
    }

    @Test
    void aBacklogIsReadWithoutLingering() throws Exception {
        store.publish(GenericEventMessage.asEventMessage("waiting"));
        LingeringEventSource source = new LingeringEventSource(store, Duration.ofSeconds(30));
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            long start = System.nanoTime();
            assertThat(stream.hasNextAvailable(60, TimeUnit.SECONDS)).isTrue();
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(20));
            assertThat(drain(stream)).containsExactly("waiting");
        }
    }

    @Test
    void nothingArrivingIsNoEvent() throws Exception {
        LingeringEventSource source = new LingeringEventSource(store, Duration.ofSeconds(30));
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(stream.hasNextAvailable()).isFalse();
        }
    }

    @Test
    void withoutALingerTheStoresOwnStreamIsReadAndTokensAreTheStores() throws Exception {
        store.publish(GenericEventMessage.asEventMessage("one"));
        LingeringEventSource source = new LingeringEventSource(store, Duration.ZERO);
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.getClass().getSimpleName()).doesNotContain("Lingering");
            assertThat(drain(stream)).containsExactly("one");
        }
        assertThat(source.createHeadToken()).isEqualTo(store.createHeadToken());
        assertThat(source.createTailToken()).isEqualTo(store.createTailToken());
    }

    private static boolean waitUpTo(BlockingStream<TrackedEventMessage<?>> stream, int seconds) {
        try {
            return stream.hasNextAvailable(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<Object> drain(BlockingStream<TrackedEventMessage<?>> stream) throws InterruptedException {
        List<Object> payloads = new ArrayList<>();
        while (stream.peek().isPresent()) {
            payloads.add(stream.nextAvailable().getPayload());
        }
        return payloads;
    }
}
