package org.complaintledger.eventstream;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Makes the stream's producers: transactional (so idempotent, acks=all), one at a time, the same id on every node. */
final class StreamProducers {

    private final Map<String, Object> config;

    StreamProducers(EventStreamProperties properties) {
        Map<String, Object> config = new HashMap<>();
        // Bounded waits, so that an unreachable broker fails an attempt (and is logged) rather than blocking a minute.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // A batch of the stream is up to thousands of events sent at once: fewer, larger requests per partition.
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 262_144);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "complaint-ledger-event-stream");
        config.putAll(properties.producer());
        // Not overridable: what the stream's guarantees rest on (docs/event-stream.md).
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, properties.transactionalIdOrDefault());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.config = Map.copyOf(config);
    }

    /**
     * A producer ready for transactions: {@code initTransactions} fences any earlier producer with the same id (a
     * node that stopped publishing, or this node's own before a failure) and aborts its open transaction.
     */
    Producer<String, byte[]> start() {
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config);
        try {
            producer.initTransactions();
            return producer;
        } catch (RuntimeException e) {
            producer.close(java.time.Duration.ZERO);
            throw e;
        }
    }
}
