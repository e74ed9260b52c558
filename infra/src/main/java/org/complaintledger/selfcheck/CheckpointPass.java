package org.complaintledger.selfcheck;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.MerkleTree;

/**
 * Every checkpoint in the order it was signed (docs/proofs.md, section 3): its signature verifies with the key its
 * key id names in {@code ledger_signing_key} ({@link Checkpoint#signedBy}), whose fingerprint is that id, and no
 * checkpoint signed a smaller tree than one before it. Signatures are verified by the hashing threads, a batch at a
 * time. (Each checkpoint's root is {@link TreePass}'s.)
 */
final class CheckpointPass {

    private static final int BATCH = 64;

    private record Signed(long id, Checkpoint checkpoint) {
    }

    private CheckpointPass() {
    }

    /** Answers how many checkpoints were read. */
    static long run(Connection connection, Findings findings, Executor hashing, int hashingThreads)
            throws SQLException, InterruptedException {
        Map<String, PublicKey> keys = keys(connection, findings);
        Ahead ahead = new Ahead(hashing, hashingThreads);
        long count = 0;
        try (PreparedStatement statement = connection.prepareStatement("SELECT checkpoint_id, tree_size, root_hash, "
                + "issued_at_text, key_id, signature, issued_at "
                + "FROM ledger_checkpoint ORDER BY checkpoint_id")) {
            statement.setFetchSize(1_000);
            try (ResultSet row = statement.executeQuery()) {
                long largest = -1;
                long largestId = 0;
                List<Signed> batch = new ArrayList<>(BATCH);
                while (row.next()) {
                    count++;
                    long id = row.getLong(1);
                    long treeSize = row.getLong(2);
                    if (treeSize < largest) {
                        findings.add(Failure.checkpoint(id, "checkpoint " + id + " signed a tree of " + treeSize
                                + " leaves, fewer than the " + largest + " of checkpoint " + largestId
                                + " signed before it: the tree did not only grow"));
                    } else {
                        largest = treeSize;
                        largestId = id;
                    }
                    Signed signed = signed(row, findings);
                    if (signed != null) {
                        batch.add(signed);
                        if (batch.size() == BATCH) {
                            verify(ahead, batch, keys, findings);
                            batch = new ArrayList<>(BATCH);
                        }
                    }
                }
                verify(ahead, batch, keys, findings);
            }
        } finally {
            ahead.finish();
        }
        return count;
    }

    private static Signed signed(ResultSet row, Findings findings) throws SQLException {
        long id = row.getLong(1);
        String issuedAtText = row.getString(4);
        Instant issuedAt;
        try {
            issuedAt = Instant.parse(issuedAtText);
        } catch (DateTimeParseException e) {
            findings.add(Failure.checkpoint(id, "checkpoint " + id + " has issued_at_text '" + issuedAtText
                    + "', which is not an instant"));
            return null;
        }
        Instant column = row.getObject(7, OffsetDateTime.class).toInstant();
        if (!column.truncatedTo(ChronoUnit.MILLIS).equals(issuedAt.truncatedTo(ChronoUnit.MILLIS))) {
            findings.add(Failure.checkpoint(id, "checkpoint " + id + " has issued_at " + column
                    + ", not the instant it signed (" + issuedAtText + ")"));
        }
        byte[] root = row.getBytes(3);
        if (root.length != MerkleTree.HASH_BYTES || row.getLong(2) < 0) {
            findings.add(Failure.checkpoint(id, "checkpoint " + id + " has no 32-byte root hash or a negative size"));
            return null;
        }
        return new Signed(id, new Checkpoint(row.getLong(2), root, issuedAt, row.getString(5), row.getBytes(6)));
    }

    private static void verify(Ahead ahead, List<Signed> batch, Map<String, PublicKey> keys, Findings findings)
            throws InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        ahead.hand(() -> {
            for (Signed signed : batch) {
                Checkpoint checkpoint = signed.checkpoint();
                PublicKey key = keys.get(checkpoint.keyId());
                if (key == null) {
                    findings.add(Failure.checkpoint(signed.id(), "checkpoint " + signed.id() + " names the key "
                            + checkpoint.keyId() + ", which is not in ledger_signing_key"));
                } else if (!checkpoint.signedBy(key)) {
                    findings.add(Failure.checkpoint(signed.id(), "the signature of checkpoint " + signed.id() + " ("
                            + checkpoint.treeSize() + " leaves, root " + checkpoint.rootHashHex() + ", issued "
                            + checkpoint.issuedAt() + ") does not verify with key " + checkpoint.keyId()));
                }
            }
        });
    }

    /** The stored public keys by id; one whose fingerprint is not its id is a failure, and not used. */
    private static Map<String, PublicKey> keys(Connection connection, Findings findings) throws SQLException {
        Map<String, PublicKey> keys = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT key_id, public_key FROM ledger_signing_key")) {
            while (row.next()) {
                String keyId = row.getString(1);
                try {
                    PublicKey key = KeyFactory.getInstance("Ed25519")
                            .generatePublic(new X509EncodedKeySpec(row.getBytes(2)));
                    if (LedgerKeys.fingerprint(key).equals(keyId)) {
                        keys.put(keyId, key);
                    } else {
                        findings.add(new Failure(Failure.Concerns.CHECKPOINT, null, null, null, null, null, null,
                                "ledger_signing_key holds under the id " + keyId + " a key whose fingerprint is "
                                        + LedgerKeys.fingerprint(key)));
                    }
                } catch (GeneralSecurityException e) {
                    findings.add(new Failure(Failure.Concerns.CHECKPOINT, null, null, null, null, null, null,
                            "ledger_signing_key holds under the id " + keyId + " no Ed25519 public key"));
                }
            }
        }
        return keys;
    }
}
