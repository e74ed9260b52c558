package org.complaintledger.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals one personal-data string with its data subject's key (AES-256-GCM) into {@code pd1:<subject>:<base64(iv|ct)>},
 * and opens it again. The authenticated data is the event's identifier, the value's JSON path in the event and the
 * subject, so a sealed value copied into another event, another field or under another subject does not open.
 */
final class PersonalDataCipher {

    static final String PREFIX = "pd1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    /**
     * Cipher objects are not thread-safe, and looking one up per value costs more than the encryption; one per thread,
     * re-initialised for each value, also keeps the AES key schedule while the key stays the same.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    });

    private final SecureRandom random;

    PersonalDataCipher(SecureRandom random) {
        this.random = random;
    }

    /** A sealed value as stored: whose key sealed it, and the IV followed by ciphertext and tag. */
    record Sealed(String subjectId, byte[] ivAndCiphertext) {
    }

    String seal(SecretKey key, String subjectId, String eventId, String path, String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(eventId, path, subjectId));
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(IV_BYTES + ciphertext.length).put(iv).put(ciphertext).array();
            return PREFIX + subjectId + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The sealed value in {@code stored}, or empty for a plain string (an event appended before sealing began). */
    static Optional<Sealed> parse(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int lastColon = stored.lastIndexOf(':'); // subject ids may contain ':', base64 never does
        if (lastColon <= PREFIX.length()) {
            throw new SealedValueCorrupt("a sealed value without its data subject");
        }
        try {
            return Optional.of(new Sealed(stored.substring(PREFIX.length(), lastColon),
                    Base64.getDecoder().decode(stored.substring(lastColon + 1))));
        } catch (IllegalArgumentException e) {
            throw new SealedValueCorrupt("a sealed value that is not base64");
        }
    }

    /** The plaintext; a value altered, moved to another event or path, or sealed with another key fails loudly. */
    String open(SecretKey key, Sealed sealed, String eventId, String path) {
        byte[] stored = sealed.ivAndCiphertext();
        if (stored.length < IV_BYTES + TAG_BITS / 8) {
            throw new SealedValueCorrupt("sealed value at " + path + " of event " + eventId + " is truncated");
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            cipher.updateAAD(associatedData(eventId, path, sealed.subjectId()));
            byte[] plaintext = cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SealedValueCorrupt("sealed value at " + path + " of event " + eventId
                    + " does not authenticate: it was altered or does not belong there");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] associatedData(String eventId, String path, String subjectId) {
        // NUL cannot occur in an event id, a JSON path of record components or a subject id: no two triples collide.
        return (PREFIX + eventId + '\0' + path + '\0' + subjectId).getBytes(StandardCharsets.UTF_8);
    }
}
