package org.complaintledger.personaldata;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * For the replay benchmark's bulk writer of valid events: seals an opened (plaintext) payload for an event id of its
 * own, exactly as {@link SealingAppendEvents} seals on append (same cipher, same paths, the subject the payload names or
 * else its aggregate's). A sealed value is bound to its event's id (the cipher's associated data), so a copy of an event
 * under a new id must be sealed again, not copied. The subjects' keys are read once each, not once an event, through
 * {@link SubjectKeyStore#keyForOpening} (the key that opens is the key that seals); none here may have been forgotten.
 */
public final class ResealedPayloads {

    private final SubjectKeyStore keys;
    private final PayloadTypes payloadTypes = new PayloadTypes(ResealedPayloads.class.getClassLoader());
    private final PersonalDataCipher cipher = new PersonalDataCipher(new SecureRandom());
    private final Map<String, SecretKey> keyOfSubject = new HashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    public ResealedPayloads(SubjectKeyStore keys) {
        this.keys = keys;
    }

    /** Whether payloads of this stored type hold personal data, so need {@link #seal}. */
    public boolean holdsPersonalData(String payloadType) {
        return payloadTypes.shapeOf(payloadType).holdsPersonalData();
    }

    /**
     * The payload with its personal data sealed for event {@code eventId}.
     *
     * @param aggregateSubject the data subject of the event's aggregate, for payloads that name none themselves
     */
    public byte[] seal(String payloadType, String eventId, String aggregateSubject, byte[] plaintext) {
        PersonalDataShape shape = payloadTypes.shapeOf(payloadType);
        ObjectNode root = (ObjectNode) json.readTree(plaintext);
        String named = PersonalDataJson.text(root, shape.subjectPath());
        String subject = named != null ? named : aggregateSubject;
        if (subject == null && shape.holdsPersonalData()) {
            throw new IllegalStateException("no data subject is known for event " + eventId);
        }
        PersonalDataJson.replace(root, shape, (path, value) -> cipher.seal(keyOf(subject), subject, eventId, path,
                value));
        return json.writeValueAsBytes(root);
    }

    private SecretKey keyOf(String subject) {
        return keyOfSubject.computeIfAbsent(subject, id -> keys.keyForOpening(id).orElseThrow(() ->
                new IllegalStateException("data subject " + id + " was forgotten: nothing new may be sealed for them")));
    }
}
