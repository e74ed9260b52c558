package org.complaintledger.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key-encryption keys (KEKs), held outside the database, that wrap every data subject's key before it is stored,
 * so a copy of the database alone opens nothing. Several may be configured by id during a rotation: the current one
 * wraps, every one unwraps what it wrapped.
 *
 * <p>Wrapping is AES-256-GCM (12-byte random IV, 128-bit tag) with the KEK id and the subject id as authenticated
 * data, stored as {@code iv | wrapped key | tag} (60 bytes). AES-KW (RFC 3394) would be 40 bytes and needs no IV,
 * but binds nothing: a wrapped key moved to another subject's row, or labelled with another KEK id, would unwrap
 * silently. With GCM it fails loudly. Random IVs are safe for up to 2^32 wraps per KEK, far beyond any landlord.
 */
public final class KeyEncryptionKeys {

    /** Length of one stored wrapped key; V14__wrapped_subject_keys.sql checks it too. */
    static final int WRAPPED_BYTES = 60;
    static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    /** A subject's key as stored: which KEK wrapped it, and {@code iv | ciphertext | tag}. */
    public record Wrapped(String kekId, byte[] bytes) {
    }

    /** As in {@link PersonalDataCipher}: not thread-safe, and costlier to look up than to use on 32 bytes. */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    });

    private final Map<String, SecretKey> keys;
    private final String current;
    private final SecureRandom random;

    /**
     * @param keys    every configured KEK by id (32 bytes each)
     * @param current the id of the one that wraps new keys, and to which re-wrapping moves every key
     */
    public KeyEncryptionKeys(Map<String, SecretKey> keys, String current, SecureRandom random) {
        if (!keys.containsKey(current)) {
            throw new IllegalArgumentException("the current key-encryption key '" + current
                    + "' is not among those configured: " + keys.keySet());
        }
        keys.forEach((id, key) -> {
            if (key.getEncoded().length != KEY_BYTES) {
                throw new IllegalArgumentException("key-encryption key '" + id + "' must be 32 bytes (AES-256), not "
                        + key.getEncoded().length);
            }
        });
        this.keys = Map.copyOf(keys);
        this.current = current;
        this.random = random;
    }

    public String current() {
        return current;
    }

    public Set<String> ids() {
        return keys.keySet();
    }

    /**
     * A key for another purpose derived from the KEK {@code kekId} (HMAC-SHA-256 of the purpose under it), so that
     * other secrets held outside the database need no configuration of their own and rotate with the KEKs. The
     * purpose names the use, so no two uses share a key; the KEK itself never leaves this class.
     */
    public SecretKey derived(String kekId, String purpose) {
        SecretKey kek = keys.get(kekId);
        if (kek == null) {
            throw new IllegalArgumentException("no key-encryption key '" + kekId + "' is configured");
        }
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(kek.getEncoded(), "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    Wrapped wrap(String subjectId, byte[] subjectKey) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(current, subjectId));
            byte[] wrapped = cipher.doFinal(subjectKey);
            return new Wrapped(current, ByteBuffer.allocate(IV_BYTES + wrapped.length).put(iv).put(wrapped).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * The subject's key from a row of {@code data_subject_key}: unwrapped with {@code kekId}, or as it is when that is
     * null (stored plain before wrapping began, until start-up wraps it).
     */
    SecretKey stored(String subjectId, byte[] key, String kekId) {
        return kekId == null ? new SecretKeySpec(key, "AES") : unwrap(subjectId, new Wrapped(kekId, key));
    }

    /** The subject's key; fails loudly if the KEK is not configured or is not the one that wrapped it. */
    SecretKey unwrap(String subjectId, Wrapped wrapped) {
        SecretKey kek = keys.get(wrapped.kekId());
        if (kek == null) {
            throw new IllegalStateException("data subject '" + subjectId + "' has a key wrapped with key-encryption "
                    + "key '" + wrapped.kekId() + "', which is not configured (complaint-ledger.personal-data."
                    + "key-encryption.keys): configure it again until every key is re-wrapped");
        }
        byte[] bytes = wrapped.bytes();
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(associatedData(wrapped.kekId(), subjectId));
            return new SecretKeySpec(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), "AES");
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("the key of data subject '" + subjectId + "' does not unwrap with "
                    + "key-encryption key '" + wrapped.kekId() + "': a different key is configured under that id, "
                    + "or the stored key was altered or moved from another subject", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] associatedData(String kekId, String subjectId) {
        // NUL occurs in neither a KEK id nor a subject id, so no two pairs collide.
        return ("kek1:" + kekId + '\0' + subjectId).getBytes(StandardCharsets.UTF_8);
    }
}
