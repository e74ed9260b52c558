package org.complaintledger.eventstream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Every committed record of the test topic, read as a downstream consumer would (read committed), partition by partition. */
final class TopicRecords {

    /** One record: its partition and offset, key, value and headers (as text). */
    record Received(int partition, long offset, String key, byte[] value, Map<String, String> headers) {

        long streamPosition() {
            return Long.parseLong(headers.get(StreamHeaders.STREAM_POSITION));
        }

        long sequence() {
            return Long.parseLong(headers.get(StreamHeaders.AGGREGATE_SEQUENCE));
        }

        /** The record's bytes as a consumer gets them: key, value and every header's value. */
        String allText() {
            return key + new String(value, StandardCharsets.UTF_8) + headers;
        }
    }

    private TopicRecords() {
    }

    /** The whole topic, in each partition's order (partitions one after another). */
    static List<Received> read(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<Received> received = new ArrayList<>();
        Duration timeout = Duration.ofSeconds(20);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(KafkaBroker.TOPIC, timeout).stream()
                    .map(info -> new TopicPartition(KafkaBroker.TOPIC, info.partition())).toList();
            for (TopicPartition partition : partitions) {
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
                long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
                long deadline = System.nanoTime() + timeout.toNanos();
                while (consumer.position(partition, timeout) < end) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("did not reach the end of " + partition);
                    }
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                        Map<String, String> headers = new java.util.LinkedHashMap<>();
                        record.headers().forEach(header -> headers.put(header.key(),
                                new String(header.value(), StandardCharsets.UTF_8)));
                        received.add(new Received(record.partition(), record.offset(), record.key(), record.value(),
                                headers));
                    }
                }
            }
        }
        return received;
    }
}
