package org.complaintledger.ledgertree;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.complaintledger.proof.Checkpoint;

/** What the ledger's tree endpoints answer: hashes in hex, signatures in base64, keys in PEM. */
final class LedgerTreeAnswers {

    private static final HexFormat HEX = HexFormat.of();

    private LedgerTreeAnswers() {
    }

    /** A signing key: its id (SHA-256 fingerprint of the public key), the public key, first use, whether current. */
    record Key(String keyId, String publicKey, Instant firstUsedAt, boolean current) {

        static Key of(LedgerSigningKeys.PublishedKey key) {
            return new Key(key.keyId(), key.pem(), key.firstUsedAt(), key.current());
        }
    }

    record Keys(List<Key> keys) {
    }

    /** A checkpoint with exactly the text its signature is over. */
    record CheckpointAnswer(long treeSize, String rootHash, String issuedAt, String keyId, String signature,
                            String signedText) {

        static CheckpointAnswer of(Checkpoint checkpoint) {
            return new CheckpointAnswer(checkpoint.treeSize(), checkpoint.rootHashHex(),
                    checkpoint.issuedAt().toString(), checkpoint.keyId(), checkpoint.signatureBase64(),
                    checkpoint.signedText());
        }
    }

    record Checkpoints(List<CheckpointAnswer> checkpoints, int page, int size, long total) {

        static Checkpoints of(LedgerCheckpoints.Page page) {
            return new Checkpoints(page.checkpoints().stream().map(CheckpointAnswer::of).toList(), page.page(),
                    page.size(), page.total());
        }
    }

    /** RFC 9162 2.1.4: the proof that the tree of {@code from} leaves is a prefix of the tree of {@code to}. */
    record Consistency(long from, long to, String fromRootHash, String toRootHash, List<String> proof) {
    }

    /** RFC 9162 2.1.3: the audit path from an event's leaf to the root of a checkpoint's tree. */
    record Inclusion(String eventIdentifier, String aggregateIdentifier, long globalIndex, long leafIndex,
                     String leafHash, long treeSize, String rootHash, List<String> auditPath) {

        static Inclusion of(LedgerProofs.Inclusion proof, Checkpoint checkpoint) {
            LedgerProofs.Leaf leaf = proof.leaf();
            return new Inclusion(leaf.eventIdentifier(), leaf.aggregateIdentifier(), leaf.globalIndex(),
                    leaf.leafIndex(), HEX.formatHex(proof.leafHash()), proof.treeSize(), checkpoint.rootHashHex(),
                    hex(proof.path()));
        }
    }

    static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
