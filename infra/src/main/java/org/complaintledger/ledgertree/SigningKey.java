package org.complaintledger.ledgertree;

import java.security.PrivateKey;
import java.security.PublicKey;
import org.complaintledger.proof.LedgerKeys;

/** The Ed25519 key checkpoints are signed with now, and its id (the public key's fingerprint, as in a checkpoint). */
record SigningKey(PrivateKey privateKey, PublicKey publicKey, String keyId) {

    static SigningKey of(PrivateKey privateKey, PublicKey publicKey) {
        return new SigningKey(privateKey, publicKey, LedgerKeys.fingerprint(publicKey));
    }

    @Override
    public String toString() {
        return "signing key " + keyId;
    }
}
