package org.complaintledger.personaldata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.complaintledger.proof.StoredEvent;
import org.complaintledger.provenance.ChainedAppend;
import org.complaintledger.provenance.StoredEventRows;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Axon's INSERT of events into {@code domain_event_entry} (as {@code JdbcEventStorageEngineStatements.appendEvents}),
 * with each payload's personal data sealed with its data subject's key on the way, and each event, as stored, chained
 * to its record's previous event ({@code provenance.ChainedAppend}, docs/proofs.md section 1). Runs in the appending
 * transaction: a key store failure, an erased subject or a broken chain fails the append, and nothing of the batch is
 * stored.
 */
public class SealingAppendEvents implements AppendEventsStatementBuilder {

    private final SubjectKeyStore keys;
    private final AggregateSubjects subjects;
    private final PersonalDataCipher cipher;
    private final ChainedAppend chainedAppend;
    private final JsonMapper json = JsonMapper.builder().build();

    SealingAppendEvents(SubjectKeyStore keys, AggregateSubjects subjects, PersonalDataCipher cipher,
                        ChainedAppend chainedAppend) {
        this.keys = keys;
        this.subjects = subjects;
        this.cipher = cipher;
        this.chainedAppend = chainedAppend;
    }

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        if (dataType != byte[].class) {
            throw new IllegalStateException("events are stored as bytes (bytea), not " + dataType.getName());
        }
        Batch batch = new Batch();
        List<StoredEvent> rows = new ArrayList<>(events.size());
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = asDomainEvent(message);
            SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
            SerializedType payloadType = payload.getType();
            // The time_stamp column as Axon's own timestampWriter would write it, written (and hashed) as this text.
            rows.add(new StoredEvent(event.getIdentifier(), event.getAggregateIdentifier(), event.getType(),
                    event.getSequenceNumber(), payloadType.getName(), payloadType.getRevision(),
                    StoredEventRows.timeStamp(event.getTimestamp()), batch.seal(event, payload.getData()),
                    event.serializeMetaData(serializer, byte[].class).getData()));
        }
        return chainedAppend.insert(connection, schema, rows);
    }

    /** As Axon stores an event that no aggregate published: its own id as aggregate id, sequence 0. */
    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain
                : new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }

    /** The subjects and keys of one batch, looked up once each and only when a value needs sealing. */
    private final class Batch {

        private final Map<String, String> subjectOfAggregate = new HashMap<>();
        private final Map<String, SecretKey> keyOfSubject = new HashMap<>();

        byte[] seal(DomainEventMessage<?> event, byte[] payload) {
            PersonalDataShape shape = PersonalDataShape.of(event.getPayloadType());
            if (!shape.holdsPersonalData() && shape.subjectPath().isEmpty()) {
                return payload;
            }
            String aggregateId = event.getAggregateIdentifier();
            ObjectNode root = (ObjectNode) json.readTree(payload);
            String named = PersonalDataJson.text(root, shape.subjectPath());
            if (named != null && subjectOfAggregate.putIfAbsent(aggregateId, named) == null) {
                subjects.record(aggregateId, named);
            }
            String eventId = event.getIdentifier();
            boolean[] sealed = {false};
            PersonalDataJson.replace(root, shape, (path, value) -> {
                String subject = named != null ? named : subjectOf(aggregateId);
                sealed[0] = true;
                return cipher.seal(keyOfSubject.computeIfAbsent(subject, keys::keyForSealing), subject, eventId, path,
                        value);
            });
            return sealed[0] ? json.writeValueAsBytes(root) : payload;
        }

        private String subjectOf(String aggregateId) {
            return subjectOfAggregate.computeIfAbsent(aggregateId, id -> subjects.subjectOf(id).orElseThrow(() ->
                    new IllegalStateException("no data subject is known for aggregate " + id + ": its first event "
                            + "must name one (@DataSubjectId) before later events can carry personal data")));
        }
    }
}
