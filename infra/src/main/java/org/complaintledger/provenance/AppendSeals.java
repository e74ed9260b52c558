package org.complaintledger.provenance;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.complaintledger.personaldata.KeyEncryptionKeys;

/**
 * The ledger's seal on each event it appends: HMAC-SHA-256 of the event's chained hash under a key derived from the
 * key-encryption key (docs/proofs.md section 1). The key is held outside the database, so someone who can write to the
 * database but not read the application's keys cannot seal a forged event, and the ledger admits no unsealed event
 * into its tree. The seal's key id is the KEK's id, so seals made before a KEK rotation still check while that KEK is
 * configured.
 */
public final class AppendSeals {

    static final String PURPOSE = "complaint-ledger append seal v1";

    private final KeyEncryptionKeys keks;
    private final Map<String, SecretKey> keyOf = new ConcurrentHashMap<>();
    /**
     * Per thread, a Mac already initialised with each key id's key: doFinal leaves it initialised with the same key,
     * so only the first seal under a key on a thread pays for init (the HMAC key's padding and its first hashes).
     */
    private final ThreadLocal<Map<String, Mac>> macs = ThreadLocal.withInitial(java.util.HashMap::new);

    public AppendSeals(KeyEncryptionKeys keks) {
        this.keks = keks;
    }

    /** The id of the key new seals are made with. */
    public String currentKeyId() {
        return keks.current();
    }

    /** The seal on an event hash, under the current key. */
    public byte[] seal(byte[] eventHash) {
        return seal(currentKeyId(), eventHash);
    }

    /** Whether {@code seal} is the seal on {@code eventHash} under key {@code keyId} (false for an unknown key). */
    public boolean holds(String keyId, byte[] eventHash, byte[] seal) {
        return keks.ids().contains(keyId) && MessageDigest.isEqual(seal(keyId, eventHash), seal);
    }

    private byte[] seal(String keyId, byte[] eventHash) {
        return macs.get().computeIfAbsent(keyId, this::initialised).doFinal(eventHash);
    }

    private Mac initialised(String keyId) {
        Mac mac = hmac();
        try {
            mac.init(keyOf.computeIfAbsent(keyId, id -> keks.derived(id, PURPOSE)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an HMAC key derived from a KEK is always usable", e);
        }
        return mac;
    }

    private static Mac hmac() {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
