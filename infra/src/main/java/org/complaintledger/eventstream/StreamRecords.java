package org.complaintledger.eventstream;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/** The Kafka record of an event: keyed by its aggregate, the payload exactly as stored, the rest in headers. */
final class StreamRecords {

    private static final String OCCURRED_AT = "occurredAt";

    private final JsonMapper json = JsonMapper.builder().build();
    private final String topic;

    StreamRecords(String topic) {
        this.topic = topic;
    }

    ProducerRecord<String, byte[]> of(StreamedEvent event) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, StreamHeaders.EVENT_ID, event.eventId());
        add(headers, StreamHeaders.EVENT_TYPE, event.payloadType());
        add(headers, StreamHeaders.PAYLOAD_REVISION, event.payloadRevision());
        add(headers, StreamHeaders.AGGREGATE_TYPE, event.aggregateType());
        add(headers, StreamHeaders.AGGREGATE_SEQUENCE, Long.toString(event.sequenceNumber()));
        add(headers, StreamHeaders.GLOBAL_POSITION, Long.toString(event.globalIndex()));
        add(headers, StreamHeaders.STREAM_POSITION, Long.toString(event.streamPosition()));
        add(headers, StreamHeaders.RECORDED_AT, event.recordedAt());
        add(headers, StreamHeaders.OCCURRED_AT, occurredAt(event.payload()));
        // No partition and no timestamp of our own: the key picks the partition, the broker's clock the timestamp.
        return new ProducerRecord<>(topic, null, null, event.aggregateId(), event.payload(), headers);
    }

    private static void add(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The payload's top-level {@code occurredAt}, read with the streaming parser so that nothing else of the payload
     * is built; null where the event has none (or the payload is not a JSON object). Never personal data.
     */
    String occurredAt(byte[] payload) {
        try (JsonParser parser = json.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (OCCURRED_AT.equals(name)) {
                    return value.isScalarValue() && value != JsonToken.VALUE_NULL ? parser.getString() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (tools.jackson.core.JacksonException e) {
            return null;
        }
    }
}
