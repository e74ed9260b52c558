package org.complaintledger.personaldata;

import javax.crypto.SecretKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seals and opens the personal data of an event's serialized payload (JSON) with its data subject's key. The upcaster
 * opens what the event store holds with it; the dead letters of parked events ({@code deadletters}) seal with it too,
 * exactly as the event store does, so that forgetting the subject makes their copy unreadable as well.
 */
public final class PayloadSealing {

    private final SubjectKeyStore keys;
    private final AggregateSubjects subjects;
    private final PersonalDataCipher cipher;
    private final PayloadTypes payloadTypes;
    private final JsonMapper json = JsonMapper.builder().build();

    PayloadSealing(SubjectKeyStore keys, AggregateSubjects subjects, PersonalDataCipher cipher,
                       PayloadTypes payloadTypes) {
        this.keys = keys;
        this.subjects = subjects;
        this.cipher = cipher;
        this.payloadTypes = payloadTypes;
    }

    /**
     * The payload (JSON) of an event already in the store, with its personal data sealed under the subject the event
     * names or its aggregate's. A forgotten subject's values are kept as {@link PersonalData#ERASED}: what the
     * processor read before the erasure must not outlive it here.
     */
    public byte[] seal(String eventId, String aggregateId, String payloadType, byte[] payload) {
        PersonalDataShape shape = payloadTypes.shapeOf(payloadType);
        if (!shape.holdsPersonalData()) {
            return payload;
        }
        ObjectNode root = (ObjectNode) json.readTree(payload);
        String named = PersonalDataJson.text(root, shape.subjectPath());
        String subject = named != null ? named : subjects.subjectOf(aggregateId).orElseThrow(() ->
                new IllegalStateException("no data subject is known for aggregate " + aggregateId));
        SecretKey key;
        try {
            key = keys.keyForSealing(subject);
        } catch (DataSubjectErased erased) {
            key = null;
        }
        SecretKey sealing = key;
        PersonalDataJson.replace(root, shape, (path, value) -> sealing == null ? PersonalData.ERASED
                : cipher.seal(sealing, subject, eventId, path, value));
        return json.writeValueAsBytes(root);
    }

    /** The payload (JSON) with its sealed personal data opened, or {@link PersonalData#ERASED} where forgotten. */
    public byte[] open(String eventId, String payloadType, byte[] payload) {
        PersonalDataShape shape = payloadTypes.shapeOf(payloadType);
        if (!shape.holdsPersonalData()) {
            return payload;
        }
        return json.writeValueAsBytes(open(eventId, shape, json.readTree(payload)));
    }

    /** Opens the sealed values of {@code payload} in place; plain strings (appended before sealing) stay. */
    JsonNode open(String eventId, PersonalDataShape shape, JsonNode payload) {
        if (payload instanceof ObjectNode root) {
            PersonalDataJson.replace(root, shape, (path, stored) -> PersonalDataCipher.parse(stored)
                    .map(sealed -> keys.keyForOpening(sealed.subjectId())
                            .map((SecretKey key) -> cipher.open(key, sealed, eventId, path))
                            .orElse(PersonalData.ERASED))
                    .orElse(stored));
        }
        return payload;
    }
}
