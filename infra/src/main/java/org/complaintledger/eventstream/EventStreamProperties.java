package org.complaintledger.eventstream;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The event stream to Kafka ({@code complaint-ledger.event-stream}; docs/event-stream.md).
 *
 * @param bootstrapServers the brokers ({@code host:port,...}); none: the stream is off and nothing of Kafka starts
 * @param topic            the topic every event is published to
 * @param transactionalId  the producer's transactional id, the same on every node, so that a node taking over fences
 *                         the one before; none: {@code complaint-ledger-event-stream-<topic>}
 * @param batchSize        events published in one Kafka transaction (and one position update)
 * @param pollInterval     how long to wait, when every admitted event is published, before looking again
 * @param retryBackoff     the first wait after the broker failed; doubled on each failure up to maxRetryBackoff
 * @param maxRetryBackoff  the longest wait between attempts while the broker is unreachable
 * @param producer         further Kafka producer properties (e.g. {@code security.protocol}, {@code sasl.*},
 *                         {@code compression.type}); acks, idempotence and the transactional id cannot be overridden
 */
@ConfigurationProperties("complaint-ledger.event-stream")
public record EventStreamProperties(String bootstrapServers,
                                    @DefaultValue("complaint-ledger.events") String topic,
                                    String transactionalId,
                                    @DefaultValue("2000") int batchSize,
                                    @DefaultValue("PT0.5S") Duration pollInterval,
                                    @DefaultValue("PT1S") Duration retryBackoff,
                                    @DefaultValue("PT30S") Duration maxRetryBackoff,
                                    @DefaultValue Map<String, String> producer) {

    public EventStreamProperties {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("complaint-ledger.event-stream.batch-size must be 1 to 10000, not "
                    + batchSize);
        }
        if (topic == null || !topic.matches("[a-zA-Z0-9._-]{1,249}")) {
            throw new IllegalArgumentException("complaint-ledger.event-stream.topic must be a Kafka topic name "
                    + "(letters, digits, '.', '_', '-'; at most 249), not '" + topic + "'");
        }
    }

    public boolean enabled() {
        return bootstrapServers != null && !bootstrapServers.isBlank();
    }

    public String transactionalIdOrDefault() {
        return transactionalId == null || transactionalId.isBlank()
                ? "complaint-ledger-event-stream-" + topic : transactionalId;
    }
}
