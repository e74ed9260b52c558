package org.complaintledger.eventstream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.complaintledger.ledgertree.LedgerAdmission;
import org.complaintledger.stopping.StopPhases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes every admitted event to the topic, in stream order (docs/event-stream.md), on a thread of its own: while
 * this process holds the {@link PublisherLock}, reads a batch from the stored position, sends it in one Kafka
 * transaction, and moves the stored position on only once the broker has committed it. Any failure (broker down,
 * fenced, database) abandons the producer and tries again from the stored position after a backoff: nothing is
 * skipped, and what a failed transaction sent is aborted, so read-committed consumers never see it.
 */
public final class EventStreamPublisher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EventStreamPublisher.class);

    private final EventStreamProperties properties;
    private final StreamedEvents events;
    private final StreamPositions positions;
    private final StreamRecords records;
    private final StreamProducers producers;
    private final PublisherLock lock;
    /** Null when admission runs on its own schedule; else asked to admit before each look for new events. */
    private final LedgerAdmission onDemandAdmission;
    private final Counter published;
    private final BrokerFailures failures;
    private Producer<String, byte[]> producer;
    /** The batch read ahead while the broker committed the one before, and the position it was read from. */
    private List<StreamedEvent> readAhead = List.of();
    private long readAheadFrom = -1;
    private Thread thread;
    private volatile boolean running;

    EventStreamPublisher(EventStreamProperties properties, StreamedEvents events, StreamPositions positions,
                         StreamProducers producers, PublisherLock lock, LedgerAdmission onDemandAdmission,
                         MeterRegistry registry) {
        this.properties = properties;
        this.events = events;
        this.positions = positions;
        this.records = new StreamRecords(properties.topic());
        this.producers = producers;
        this.lock = lock;
        this.onDemandAdmission = onDemandAdmission;
        this.published = Counter.builder("ledger.event.stream.published")
                .description("Events published to the event stream by this process (replays included)")
                .baseUnit("events")
                .register(registry);
        this.failures = new BrokerFailures(properties);
    }

    /** Whether this process is the one publishing (holds the lock). */
    public boolean publishing() {
        return running && lock.held();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "event-stream");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Event stream: publishing the ledger's events to topic '{}' at {}", properties.topic(),
                properties.bootstrapServers());
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    /** Stopped once requests are drained, before the event processors and the database (docs/operations.md). */
    @Override
    public int getPhase() {
        return StopPhases.BACKGROUND_WORK;
    }

    private void run() {
        try {
            while (running) {
                if (!lock.hold()) {
                    closeProducer();
                    pause(properties.pollInterval().multipliedBy(4));
                    continue;
                }
                try {
                    if (producer == null) {
                        producer = producers.start();
                    }
                    int sent = publishBatch();
                    failures.succeeded();
                    if (sent == 0) {
                        pause(properties.pollInterval());
                    }
                } catch (RuntimeException e) {
                    if (!running || Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    closeProducer();
                    pause(failures.failed(e, positions.peekQuietly(properties.topic())));
                }
            }
        } catch (InterruptedException e) {
            // stopping
        } finally {
            closeProducer();
            lock.close();
        }
    }

    /** One batch in one Kafka transaction; answers how many events it published. */
    private int publishBatch() {
        StreamPositions.Position position = positions.of(properties.topic());
        // Leaves never change, so a batch read ahead from this very position is the batch (after a replay it is not).
        List<StreamedEvent> batch = readAheadFrom == position.next() && !readAhead.isEmpty() ? readAhead
                : events.from(position.next(), properties.batchSize());
        readAhead = List.of();
        readAheadFrom = -1;
        if (batch.isEmpty() && onDemandAdmission != null) {
            onDemandAdmission.admitNow();
            batch = events.from(position.next(), properties.batchSize());
        }
        if (batch.isEmpty()) {
            return 0;
        }
        producer.beginTransaction();
        for (StreamedEvent event : batch) {
            producer.send(records.of(event));
        }
        long next = batch.getLast().streamPosition() + 1;
        if (batch.size() == properties.batchSize()) {
            // Catching up: read the next batch while the producer's own thread sends this one.
            readAhead = events.from(next, properties.batchSize());
            readAheadFrom = next;
        }
        // Throws if any send failed: then nothing of the batch is committed, and the position stays.
        producer.commitTransaction();
        if (!positions.advance(properties.topic(), position, next)) {
            LOG.info("Event stream: a replay was asked for while stream positions {} to {} were being published; "
                    + "publishing from where it asked", position.next(), next - 1);
        }
        published.increment(batch.size());
        return batch.size();
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                // it is being abandoned either way
            }
            producer = null;
        }
    }

    private void pause(Duration duration) throws InterruptedException {
        Thread.sleep(Math.max(1, duration.toMillis()));
    }
}
