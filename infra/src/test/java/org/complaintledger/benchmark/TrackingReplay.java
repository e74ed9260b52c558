package org.complaintledger.benchmark;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Axon's way to rebuild the projections, measured: every tracking processor of the application (batch size 100, as
 * application.yml configures them) shut down, its tokens reset to the start of the ledger (its reset handler clears
 * its tables) and started again, all at once, as an operator would replay them. Their positions are sampled until all
 * have caught up with the head or {@code window} has passed, whichever comes first; then they are shut down again.
 */
final class TrackingReplay {

    /**
     * What the processors did in the time measured.
     *
     * @param positions  each processor's position at the end (events of the ledger it had handled, from the start)
     * @param caughtUp   whether all reached the head within the window
     */
    record Replayed(long head, Map<String, Long> positions, double seconds, boolean caughtUp) {

        /** Ledger events replayed into every projection per second: the slowest processor's position over the time. */
        double perSecond() {
            return slowest() / seconds;
        }

        long slowest() {
            return positions.values().stream().mapToLong(Long::longValue).min().orElse(0);
        }

        /** Mean over the processors of each one's events per second. */
        double meanPerProcessor() {
            return positions.values().stream().mapToLong(Long::longValue).average().orElse(0) / seconds;
        }
    }

    private final EventProcessingConfiguration processing;

    TrackingReplay(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** The application's streaming processors, by name. */
    Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> streaming = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor tracking) {
                streaming.put(name, tracking);
            }
        });
        return streaming;
    }

    void shutDownAll() {
        processors().values().forEach(StreamingEventProcessor::shutDown);
    }

    Replayed replay(long head, Duration window, Duration sampleEvery) throws InterruptedException {
        Map<String, StreamingEventProcessor> processors = processors();
        processors.values().forEach(StreamingEventProcessor::shutDown);
        processors.values().forEach(StreamingEventProcessor::resetTokens);
        long started = System.nanoTime();
        processors.values().forEach(StreamingEventProcessor::start);
        long deadline = started + window.toNanos();
        long lastPrinted = started;
        Map<String, Long> positions = positions(processors);
        long sampled = started;
        boolean caughtUp = false;
        while (!caughtUp && sampled < deadline) {
            Thread.sleep(Math.min(sampleEvery.toMillis(), Math.max(1, (deadline - sampled) / 1_000_000)));
            positions = positions(processors);
            sampled = System.nanoTime();
            caughtUp = positions.values().stream().allMatch(position -> position >= head);
            if (System.nanoTime() - lastPrinted >= Duration.ofSeconds(15).toNanos()) {
                lastPrinted = System.nanoTime();
                System.out.printf("  ... %.0f s: slowest at %,d, fastest at %,d of %,d%n",
                        (lastPrinted - started) / 1e9, positions.values().stream().min(Long::compare).orElse(0L),
                        positions.values().stream().max(Long::compare).orElse(0L), head);
            }
        }
        double seconds = (sampled - started) / 1e9;
        processors.values().forEach(StreamingEventProcessor::shutDown);
        return new Replayed(head, positions, seconds, caughtUp);
    }

    /** Each running processor's position, once every one has claimed its segment (10 s at most), by name. */
    Map<String, Long> positionsOnceClaimed() throws InterruptedException {
        Map<String, StreamingEventProcessor> processors = processors();
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (processors.values().stream().anyMatch(p -> p.processingStatus().isEmpty())
                && System.nanoTime() < giveUp) {
            Thread.sleep(50);
        }
        return positions(processors);
    }

    /** Each processor's position in the ledger: the furthest of its segments (one each here), 0 before any. */
    private static Map<String, Long> positions(Map<String, StreamingEventProcessor> processors) {
        Map<String, Long> positions = new TreeMap<>();
        processors.forEach((name, processor) -> positions.put(name, processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).max().orElse(0)));
        return positions;
    }
}
