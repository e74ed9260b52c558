package org.complaintledger.selfcheck;

import java.security.KeyPair;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.Frontier;
import org.complaintledger.proof.MerkleTree;
import org.complaintledger.proof.StoredEvent;
import org.complaintledger.provenance.AppendSeals;

/**
 * Writes a valid ledger straight into the tables, far faster than the command side can, for benchmarks and for tests
 * that need a ledger of a given shape: events as {@code domain_event_entry} stores them, each chained and sealed in
 * {@code event_chain}, admitted as leaves in global_index order with every perfect subtree, and checkpoints signed with
 * the given key. It alone writes to the ledger it is given (no admitter runs meanwhile), and keeps each record's last
 * hash and the tree's frontier in memory.
 */
public final class LedgerWriter {

    private final Connection connection;
    private final AppendSeals seals;
    private final KeyPair signingKey;
    private final Map<String, byte[]> lastHash = new HashMap<>();
    private final MessageDigest digest = EventHash.sha256();
    private final Frontier frontier = Frontier.empty();
    private long nextGlobalIndex;
    private long leafCount;
    private long admittedThrough;

    /** On a ledger with no events yet; {@code connection} may write every table (the owner's). */
    public LedgerWriter(Connection connection, AppendSeals seals, KeyPair signingKey) throws SQLException {
        this.connection = connection;
        this.seals = seals;
        this.signingKey = signingKey;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
            row.next();
            if (row.getLong(1) != 0) {
                throw new IllegalStateException("the ledger writer starts from an empty ledger");
            }
        }
        nextGlobalIndex = 1;
    }

    /** Appends the events in this order (each record's sequence numbers in order from 0), and admits them all. */
    public void write(List<StoredEvent> events) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement event = connection.prepareStatement("INSERT INTO domain_event_entry (global_index, "
                + "event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type, "
                + "payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement chain = connection.prepareStatement("INSERT INTO event_chain (event_identifier, "
                     + "aggregate_identifier, sequence_number, previous_hash, event_hash, seal_key_id, append_seal) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement leaf = connection.prepareStatement("INSERT INTO ledger_leaf (leaf_index, global_index, "
                     + "event_identifier, aggregate_identifier) VALUES (?, ?, ?, ?)");
             PreparedStatement subtree = connection.prepareStatement(
                     "INSERT INTO ledger_subtree (level, subtree_index, hash) VALUES (?, ?, ?)")) {
            int inBatch = 0;
            for (StoredEvent stored : events) {
                long globalIndex = nextGlobalIndex++;
                byte[] previous = stored.sequenceNumber() == 0 ? EventHash.NONE_BEFORE
                        : lastHash.get(stored.aggregateIdentifier());
                if (previous == null) {
                    throw new IllegalArgumentException(stored + " follows no event of its record");
                }
                byte[] hash = EventHash.of(stored, previous, digest);
                lastHash.put(stored.aggregateIdentifier(), hash);
                event.setLong(1, globalIndex);
                event.setString(2, stored.eventIdentifier());
                event.setString(3, stored.aggregateIdentifier());
                event.setLong(4, stored.sequenceNumber());
                event.setString(5, stored.aggregateType());
                event.setString(6, stored.recordedAt());
                event.setString(7, stored.payloadType());
                event.setString(8, stored.payloadRevision());
                event.setBytes(9, stored.payload());
                event.setBytes(10, stored.metaData());
                event.addBatch();
                chain.setString(1, stored.eventIdentifier());
                chain.setString(2, stored.aggregateIdentifier());
                chain.setLong(3, stored.sequenceNumber());
                chain.setBytes(4, previous);
                chain.setBytes(5, hash);
                chain.setString(6, seals.currentKeyId());
                chain.setBytes(7, seals.seal(hash));
                chain.addBatch();
                leaf.setLong(1, leafCount);
                leaf.setLong(2, globalIndex);
                leaf.setString(3, stored.eventIdentifier());
                leaf.setString(4, stored.aggregateIdentifier());
                leaf.addBatch();
                for (Frontier.Completed completed : frontier.append(
                        MerkleTree.leafHash(MerkleTree.leafData(hash, globalIndex), digest))) {
                    subtree.setInt(1, completed.level());
                    subtree.setLong(2, completed.index());
                    subtree.setBytes(3, completed.hash());
                    subtree.addBatch();
                }
                leafCount++;
                admittedThrough = globalIndex;
                if (++inBatch == 1_000) {
                    flush(event, chain, leaf, subtree);
                    inBatch = 0;
                }
            }
            flush(event, chain, leaf, subtree);
            try (PreparedStatement admission = connection.prepareStatement(
                    "UPDATE ledger_admission SET leaf_count = ?, admitted_through = ?")) {
                admission.setLong(1, leafCount);
                admission.setLong(2, admittedThrough);
                admission.executeUpdate();
            }
            try (Statement sequence = connection.createStatement()) {
                sequence.execute("SELECT setval(pg_get_serial_sequence('domain_event_entry', 'global_index'), "
                        + Math.max(1, nextGlobalIndex - 1) + ")");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    /** Signs the tree as it stands at {@code at} and stores the checkpoint (and the key, on its first use). */
    public Checkpoint checkpoint(Instant at) throws SQLException {
        Instant issuedAt = at.truncatedTo(ChronoUnit.MILLIS);
        Checkpoint checkpoint = Checkpoint.sign(frontier.size(), frontier.root(), issuedAt, signingKey.getPrivate(),
                signingKey.getPublic());
        try (PreparedStatement key = connection.prepareStatement("INSERT INTO ledger_signing_key (key_id, public_key, "
                + "first_used_at) VALUES (?, ?, ?) ON CONFLICT (key_id) DO NOTHING");
             PreparedStatement signed = connection.prepareStatement("INSERT INTO ledger_checkpoint (tree_size, "
                     + "root_hash, issued_at, issued_at_text, key_id, signature) VALUES (?, ?, ?, ?, ?, ?)")) {
            key.setString(1, checkpoint.keyId());
            key.setBytes(2, signingKey.getPublic().getEncoded());
            key.setTimestamp(3, Timestamp.from(issuedAt));
            key.executeUpdate();
            signed.setLong(1, checkpoint.treeSize());
            signed.setBytes(2, checkpoint.rootHash());
            signed.setTimestamp(3, Timestamp.from(issuedAt));
            signed.setString(4, issuedAt.toString());
            signed.setString(5, checkpoint.keyId());
            signed.setBytes(6, checkpoint.signature());
            signed.executeUpdate();
        }
        return checkpoint;
    }

    public long leafCount() {
        return leafCount;
    }
}
