package org.complaintledger.proof.verifier;

import java.security.PublicKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.complaintledger.proof.LedgerKeys;

/**
 * The public keys the investigator trusts, by fingerprint (a checkpoint's key id): the landlord's current key and
 * any older ones it rotated from, each obtained independently of the bundle.
 */
public final class TrustedKeys {

    private final Map<String, PublicKey> byKeyId = new LinkedHashMap<>();

    private TrustedKeys(Collection<PublicKey> keys) {
        keys.forEach(key -> byKeyId.put(LedgerKeys.fingerprint(key), key));
        if (byKeyId.isEmpty()) {
            throw new IllegalArgumentException("at least one trusted key is needed");
        }
    }

    public static TrustedKeys of(Collection<PublicKey> keys) {
        return new TrustedKeys(keys);
    }

    public Optional<PublicKey> withKeyId(String keyId) {
        return Optional.ofNullable(byKeyId.get(keyId));
    }

    /** The fingerprints, for messages. */
    public String fingerprints() {
        return String.join(", ", byKeyId.keySet());
    }
}
