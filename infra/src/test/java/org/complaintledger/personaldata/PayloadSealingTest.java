package org.complaintledger.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.complaintledger.complaint.ComplaintLogged;
import org.junit.jupiter.api.Test;

/**
 * A payload sealed outside the event store (a parked event's dead letter) opens only while its subject's key lives,
 * and a subject forgotten before the sealing leaves {@code [erased]}, never what was read.
 */
class PayloadSealingTest {

    private static final String EVENT = "7c1d-event";
    private static final String LOGGED = ComplaintLogged.class.getName();
    private static final String PAYLOAD = """
            {"complaintId":"c-1","dataSubjectId":"res-1","category":"repairs",\
            "complainant":{"residentId":"res-1","residentName":"Zélie Quorndon-Smythe"},\
            "description":"Black mould in the nursery","outcomesSought":["mould treated"]}""";

    private final Keys keys = new Keys();
    // ComplaintLogged names its subject: the aggregate's is never looked up, so no database.
    private final PayloadSealing sealing = new PayloadSealing(keys, new AggregateSubjects(null, 1, Clock.systemUTC()),
            new PersonalDataCipher(new SecureRandom()), new PayloadTypes(getClass().getClassLoader()));

    @Test
    void sealsUnderTheNamedSubjectAndOpensWhileTheKeyLives() {
        String sealed = text(sealing.seal(EVENT, "c-1", LOGGED, bytes(PAYLOAD)));

        assertThat(sealed).contains("\"residentName\":\"pd1:res-1:", "\"category\":\"repairs\"")
                .doesNotContain("Zélie", "Quorndon", "nursery", "mould treated");
        assertThat(text(sealing.open(EVENT, LOGGED, bytes(sealed))))
                .contains("\"residentName\":\"Zélie Quorndon-Smythe\"",
                        "\"description\":\"Black mould in the nursery\"", "\"outcomesSought\":[\"mould treated\"]");
    }

    @Test
    void opensAsErasedOnceTheKeyIsDestroyed() {
        byte[] sealed = sealing.seal(EVENT, "c-1", LOGGED, bytes(PAYLOAD));
        keys.destroy("res-1");

        assertThat(text(sealing.open(EVENT, LOGGED, sealed)))
                .contains("\"residentName\":\"[erased]\"", "\"description\":\"[erased]\"", "\"category\":\"repairs\"")
                .doesNotContain("Zélie", "nursery");
    }

    @Test
    void keepsErasedWhenTheSubjectWasForgottenAfterTheEventWasRead() {
        keys.destroy("res-1");

        assertThat(text(sealing.seal(EVENT, "c-1", LOGGED, bytes(PAYLOAD))))
                .contains("\"residentName\":\"[erased]\"", "\"outcomesSought\":[\"[erased]\"]",
                        "\"complaintId\":\"c-1\"")
                .doesNotContain("Zélie", "nursery", "pd1:");
    }

    @Test
    void leavesAPayloadWithoutPersonalDataAsItIs() {
        byte[] payload = bytes("{\"anything\":\"Zélie\"}");

        assertThat(sealing.seal(EVENT, "c-1", "org.axonframework.messaging.MetaData", payload)).isSameAs(payload);
        assertThat(sealing.open(EVENT, "org.axonframework.messaging.MetaData", payload)).isSameAs(payload);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Keys in memory; a destroyed subject never gets one again, as in PostgresSubjectKeyStore. */
    private static final class Keys implements SubjectKeyStore {

        private final Map<String, SecretKey> live = new HashMap<>();
        private final Set<String> destroyed = new HashSet<>();

        @Override
        public SecretKey keyForSealing(String subject) {
            if (destroyed.contains(subject)) {
                throw DataSubjectErased.personalDataRefused(subject);
            }
            return live.computeIfAbsent(subject, s -> {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                return new SecretKeySpec(key, "AES");
            });
        }

        @Override
        public Optional<SecretKey> keyForOpening(String subject) {
            return Optional.ofNullable(live.get(subject));
        }

        @Override
        public boolean destroy(String subject) {
            live.remove(subject);
            return destroyed.add(subject);
        }
    }
}
