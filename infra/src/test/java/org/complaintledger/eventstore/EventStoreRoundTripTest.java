package org.complaintledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/** Events go into PostgreSQL as JSON through Axon's JDBC engine and come back exactly as they went in. */
@LedgerTest
class EventStoreRoundTripTest {

    @Autowired
    EventStore eventStore;

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    Serializer serializer;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void axonStoresEventsWithJdbcAndJacksonThree() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(serializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(eventSerializer).isInstanceOf(Jackson3Serializer.class);
    }

    @Test
    void readsBackWhatWasAppended() {
        String complaintId = LedgerEvents.newComplaintId();

        eventStore.publish(LedgerEvents.event(complaintId, 0), LedgerEvents.event(complaintId, 1));

        List<? extends DomainEventMessage<?>> stream = eventStore.readEvents(complaintId).asStream().toList();
        assertThat(stream).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
        assertThat(stream.stream().<Object>map(DomainEventMessage::getPayload).toList())
                .containsExactly(SampleRecorded.of(complaintId), SampleRecorded.of(complaintId));
        assertThat(stream.stream().map(DomainEventMessage::getType).toList())
                .containsOnly(LedgerEvents.AGGREGATE_TYPE);
    }

    @Test
    void refusesASecondEventWithTheSameSequenceNumber() {
        String complaintId = LedgerEvents.newComplaintId();
        eventStore.publish(LedgerEvents.event(complaintId, 0), LedgerEvents.event(complaintId, 1));

        assertThatThrownBy(() -> eventStore.publish(LedgerEvents.event(complaintId, 1)))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(eventStore.readEvents(complaintId).asStream().count()).isEqualTo(2);
    }

    @Test
    void storesThePayloadAsJsonWithIsoDates() {
        String complaintId = LedgerEvents.newComplaintId();
        eventStore.publish(LedgerEvents.event(complaintId, 0));

        String payload = jdbc.queryForObject(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?",
                (row, n) -> new String(row.getBytes(1), StandardCharsets.UTF_8), complaintId);
        String payloadType = jdbc.queryForObject(
                "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?", String.class, complaintId);

        assertThat(payload).startsWith("{")
                .contains("\"occurredAt\":\"2025-03-14T09:26:53.589793Z\"")
                .contains("\"due\":\"2025-03-28\"")
                .contains("\"kind\":\"LETTER\"")
                .contains("\"outcomesSought\":[\"repair the roof\",\"an apology\"]")
                .contains("\"relationship\":\"advocate\"")
                .doesNotContain("<");
        assertThat(payloadType).isEqualTo(SampleRecorded.class.getName());
    }

    /** The Axon 4.13.0 + Jackson 3 trap: a processor must be able to read its ReplayToken back after a reset. */
    @Test
    void readsAReplayTokenBack() {
        TrackingToken replay = ReplayToken.createReplayToken(
                new GlobalSequenceTrackingToken(41), new GlobalSequenceTrackingToken(7));

        SerializedObject<byte[]> stored = serializer.serialize(replay, byte[].class);
        TrackingToken readBack = serializer.deserialize(stored);

        assertThat(readBack).isEqualTo(replay);
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).contains("GlobalSequenceTrackingToken");
    }
}
