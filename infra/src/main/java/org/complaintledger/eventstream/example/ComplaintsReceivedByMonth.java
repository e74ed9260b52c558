package org.complaintledger.eventstream.example;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.complaintledger.eventstream.StreamHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An example consumer of the event stream (docs/event-stream.md): complaints received per month (London time) by
 * channel, built from the topic alone with nothing but kafka-clients and a JSON parser. It reads each ComplaintLogged
 * event's {@code occurredAt} and {@code channel}, which are not personal data (the sealed fields it never opens), and
 * shows the two rules every consumer of the stream follows: read committed records only, and drop a record whose
 * stream position is not above the last one taken from its partition (a batch published again after a crash, or a
 * replay).
 *
 * <p>Run: {@code java -cp <infra's classpath> org.complaintledger.eventstream.example.ComplaintsReceivedByMonth
 * localhost:9092 complaint-ledger.events}
 */
public final class ComplaintsReceivedByMonth {

    static final String COMPLAINT_LOGGED = "org.complaintledger.complaint.ComplaintLogged";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SortedMap<YearMonth, SortedMap<String, Long>> counts = new TreeMap<>();
    private final Map<TopicPartition, Long> lastPosition = new HashMap<>();

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ComplaintsReceivedByMonth <bootstrap-servers> <topic>");
            System.exit(2);
        }
        read(args[0], args[1], Duration.ofMinutes(1)).forEach((month, byChannel) ->
                byChannel.forEach((channel, complaints) -> System.out.printf("%s %-20s %d%n", month, channel,
                        complaints)));
    }

    /**
     * Reads the topic from its beginning to its end as it stands when called, and answers complaints received per month
     * and channel.
     *
     * @throws IllegalStateException when the end is not reached within {@code timeout}
     */
    public static SortedMap<YearMonth, SortedMap<String, Long>> read(String bootstrapServers, String topic,
                                                                       Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // Records of an aborted transaction (a batch the publisher gave up) are never seen.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        ComplaintsReceivedByMonth report = new ComplaintsReceivedByMonth();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition, timeout) < end.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the end of " + topic + " was not reached within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(report::take);
            }
        }
        return report.counts;
    }

    private void take(ConsumerRecord<String, byte[]> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        long position = Long.parseLong(header(record, StreamHeaders.STREAM_POSITION));
        Long last = lastPosition.get(partition);
        if (last != null && position <= last) {
            return;  // already taken: published again after a crash, or replayed
        }
        lastPosition.put(partition, position);
        if (!COMPLAINT_LOGGED.equals(header(record, StreamHeaders.EVENT_TYPE))) {
            return;
        }
        JsonNode payload = JSON.readTree(record.value());
        YearMonth month = YearMonth.from(Instant.parse(payload.path("occurredAt").asString()).atZone(LONDON));
        counts.computeIfAbsent(month, m -> new TreeMap<>()).merge(payload.path("channel").asString(), 1L, Long::sum);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
