package org.complaintledger.ledgertree;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintledger.proof.LedgerKeys;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every key that has signed a checkpoint ({@code ledger_signing_key}), and the one that signs now. A key is recorded
 * when it first signs, so after a rotation (another key configured) the checkpoints it signed stay verifiable: their
 * key id names a public key the ledger still serves.
 */
public final class LedgerSigningKeys {

    /**
     * A signing key as published: its id (the SHA-256 fingerprint of its public key, as in a checkpoint), the public
     * key, when it first signed (null: not yet) and whether it is the one that signs now.
     */
    public record PublishedKey(String keyId, PublicKey publicKey, Instant firstUsedAt, boolean current) {

        /** The public key as PEM (X.509 SubjectPublicKeyInfo, "PUBLIC KEY"). */
        public String pem() {
            return LedgerKeys.publicPem(publicKey);
        }
    }

    private final JdbcTemplate jdbc;
    private final SigningKey current;

    LedgerSigningKeys(JdbcTemplate jdbc, SigningKey current) {
        this.jdbc = jdbc;
        this.current = current;
    }

    public String currentKeyId() {
        return current.keyId();
    }

    public PublicKey currentPublicKey() {
        return current.publicKey();
    }

    /** Every key that has signed, in the order they first did, then the current one if it has not signed yet. */
    public List<PublishedKey> all() {
        List<PublishedKey> keys = new ArrayList<>(jdbc.query(
                "SELECT key_id, public_key, first_used_at FROM ledger_signing_key ORDER BY first_used_at, key_id",
                (rs, row) -> new PublishedKey(rs.getString(1), publicKey(rs.getBytes(2)),
                        rs.getTimestamp(3).toInstant(), rs.getString(1).equals(current.keyId()))));
        if (keys.stream().noneMatch(PublishedKey::current)) {
            keys.add(new PublishedKey(current.keyId(), current.publicKey(), null, true));
        }
        return keys;
    }

    /** The public key with this id, if it has signed or signs now; never one whose stored key has another id. */
    public Optional<PublicKey> publicKey(String keyId) {
        if (keyId.equals(current.keyId())) {
            return Optional.of(current.publicKey());
        }
        return jdbc.query("SELECT public_key FROM ledger_signing_key WHERE key_id = ?",
                        (rs, row) -> publicKey(rs.getBytes(1)), keyId).stream()
                .filter(key -> LedgerKeys.fingerprint(key).equals(keyId))
                .findFirst();
    }

    SigningKey current() {
        return current;
    }

    /** Records the current key before it signs its first checkpoint (in the checkpoint's transaction). */
    void recordUse(Instant at) {
        jdbc.update("INSERT INTO ledger_signing_key (key_id, public_key, first_used_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (key_id) DO NOTHING", current.keyId(), current.publicKey().getEncoded(),
                Timestamp.from(at));
    }

    private static PublicKey publicKey(byte[] der) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored signing key is not an Ed25519 public key: " + e.getMessage(), e);
        }
    }
}
