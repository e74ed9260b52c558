package org.complaintledger.proof;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The ledger's signed statement that its Merkle tree of {@code treeSize} leaves has {@code rootHash}: whoever holds
 * it (an annual report, an investigator) can later demand proof that any event was in that tree, and that every later
 * tree only appended to it. Signed with Ed25519 over {@link #signedText()}, a short UTF-8 text (docs/proofs.md):
 *
 * <pre>
 * complaint-ledger checkpoint v1
 * tree size: 1234
 * root hash: (64 hex digits)
 * issued at: 2026-12-01T09:00:00Z
 * key id: (64 hex digits: the SHA-256 of the signing key's public key, X.509 SubjectPublicKeyInfo DER)
 * </pre>
 */
public record Checkpoint(long treeSize, byte[] rootHash, Instant issuedAt, String keyId, byte[] signature) {

    private static final HexFormat HEX = HexFormat.of();

    public Checkpoint {
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
        if (treeSize < 0 || rootHash.length != MerkleTree.HASH_BYTES) {
            throw new IllegalArgumentException("a checkpoint has a tree size of 0 or more and a 32-byte root hash");
        }
    }

    /** Signs the tree of {@code treeSize} leaves with {@code rootHash} as it stood {@code issuedAt}. */
    public static Checkpoint sign(long treeSize, byte[] rootHash, Instant issuedAt, PrivateKey key, PublicKey publicKey) {
        String keyId = LedgerKeys.fingerprint(publicKey);
        Checkpoint unsigned = new Checkpoint(treeSize, rootHash, issuedAt, keyId, new byte[0]);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
            return new Checkpoint(treeSize, rootHash, issuedAt, keyId, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a checkpoint with key " + keyId, e);
        }
    }

    /** The text the signature is over. */
    public String signedText() {
        return "complaint-ledger checkpoint v1\n"
                + "tree size: " + treeSize + "\n"
                + "root hash: " + HEX.formatHex(rootHash) + "\n"
                + "issued at: " + issuedAt + "\n"
                + "key id: " + keyId + "\n";
    }

    /** Whether {@code publicKey} is the key named by {@link #keyId} and its signature over the text holds. */
    public boolean signedBy(PublicKey publicKey) {
        if (!keyId.equals(LedgerKeys.fingerprint(publicKey))) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(signedText().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public String rootHashHex() {
        return HEX.formatHex(rootHash);
    }

    public String signatureBase64() {
        return Base64.getEncoder().encodeToString(signature);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && treeSize == that.treeSize && Arrays.equals(rootHash, that.rootHash)
                && issuedAt.equals(that.issuedAt) && keyId.equals(that.keyId) && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(treeSize, Arrays.hashCode(rootHash), issuedAt, keyId);
    }

    @Override
    public String toString() {
        return "checkpoint of " + treeSize + " events issued " + issuedAt + " (root " + rootHashHex() + ")";
    }
}
