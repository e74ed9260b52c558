package org.complaintledger.ledgertree;

import java.security.PublicKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.MerkleTree;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's signed checkpoints (docs/proofs.md, section 3), in {@code ledger_checkpoint}. One is signed at most
 * every checkpoint interval while the tree grows, and on demand (an officer, a case bundle). Events are admitted
 * first; then, if the tree has leaves beyond the latest checkpoint, the latest is checked to still hold (its signature
 * verifies with its key, and the stored tree of its size still has its root) and the new tree is signed with the
 * current key. If that check fails, nothing is signed, and {@link TreeFailures#checkpoint} says why.
 */
public final class LedgerCheckpoints {

    /** A checkpoint, and whether this call signed it ({@code false}: the latest, as nothing was new). */
    public record Signed(Checkpoint checkpoint, boolean isNew) {
    }

    /** A page of checkpoints, newest first, and how many there are in all. */
    public record Page(List<Checkpoint> checkpoints, int page, int size, long total) {
    }

    /** pg_advisory_xact_lock key of the signer: "cl-check" in ASCII. */
    private static final long LOCK = 0x636c2d636865636bL;
    private static final HexFormat HEX = HexFormat.of();
    private static final String CHECKPOINT = "SELECT tree_size, root_hash, issued_at_text, key_id, signature "
            + "FROM ledger_checkpoint ";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final LedgerAdmission admission;
    private final StoredSubtrees subtrees;
    private final LedgerSigningKeys keys;
    private final TreeFailures failures;
    private final Clock clock;
    private final Duration interval;

    LedgerCheckpoints(JdbcTemplate jdbc, TransactionTemplate transactions, LedgerAdmission admission,
                      StoredSubtrees subtrees, LedgerSigningKeys keys, TreeFailures failures, Clock clock,
                      Duration interval) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.admission = admission;
        this.subtrees = subtrees;
        this.keys = keys;
        this.failures = failures;
        this.clock = clock;
        this.interval = interval;
    }

    /** The newest checkpoint, if any has been signed. */
    public Optional<Checkpoint> latest() {
        return jdbc.query(CHECKPOINT + "ORDER BY checkpoint_id DESC LIMIT 1", LedgerCheckpoints::checkpoint)
                .stream().findFirst();
    }

    /** The (newest) checkpoint of a tree of {@code treeSize} leaves, if one was signed. */
    public Optional<Checkpoint> ofSize(long treeSize) {
        return jdbc.query(CHECKPOINT + "WHERE tree_size = ? ORDER BY checkpoint_id DESC LIMIT 1",
                LedgerCheckpoints::checkpoint, treeSize).stream().findFirst();
    }

    /** One page of the checkpoints, newest first ({@code page} from 0, {@code size} rows). */
    public Page page(int page, int size) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM ledger_checkpoint", Long.class);
        List<Checkpoint> checkpoints = jdbc.query(CHECKPOINT + "ORDER BY checkpoint_id DESC OFFSET ? LIMIT ?",
                LedgerCheckpoints::checkpoint, (long) page * size, size);
        return new Page(checkpoints, page, size, total == null ? 0 : total);
    }

    /**
     * Admits every event committed by now, then signs a checkpoint of the tree if it has grown since the latest;
     * answers it, or the latest when nothing is new; empty while the tree has no leaves at all.
     *
     * @throws TreeInconsistent when the stored tree no longer agrees with the latest checkpoint (nothing signed)
     */
    public Optional<Signed> signNow() {
        admission.admitNow();
        return signAdmitted();
    }

    /**
     * A checkpoint whose tree holds every event of the record admitted by now (after admitting every event committed
     * by now): the latest if it does, otherwise one signed now. Empty when the record has no admitted event.
     *
     * @throws TreeInconsistent when the stored tree no longer agrees with the latest checkpoint (nothing signed)
     */
    public Optional<Checkpoint> checkpointCovering(String aggregateIdentifier) {
        admission.admitNow();
        Long lastLeaf = jdbc.queryForObject("SELECT max(leaf_index) FROM ledger_leaf WHERE aggregate_identifier = ?",
                Long.class, aggregateIdentifier);
        if (lastLeaf == null) {
            return Optional.empty();
        }
        Optional<Checkpoint> latest = latest();
        if (latest.isPresent() && latest.get().treeSize() > lastLeaf) {
            return latest;
        }
        return signAdmitted().map(Signed::checkpoint);
    }

    /** The schedule's: signs when the latest checkpoint is older than the interval (or there is none). */
    void signIfDue() {
        Optional<Instant> last = latest().map(Checkpoint::issuedAt);
        if (last.isEmpty() || !last.get().plus(interval).isAfter(clock.instant())) {
            signNow();
        }
    }

    private Optional<Signed> signAdmitted() {
        try {
            Optional<Signed> signed = transactions.execute(status -> signInTransaction());
            failures.checkpointSigned();
            return signed;
        } catch (TreeInconsistent e) {
            failures.checkpointRefused(e.getMessage());
            throw e;
        }
    }

    private Optional<Signed> signInTransaction() {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, LOCK);
        Optional<Checkpoint> latest = latest();
        Long leafCount = jdbc.queryForObject("SELECT leaf_count FROM ledger_admission", Long.class);
        long size = leafCount == null ? 0 : leafCount;
        if (latest.isPresent()) {
            if (size == latest.get().treeSize()) {
                return Optional.of(new Signed(latest.get(), false));
            }
            requireStillHolds(latest.get(), size);
        } else if (size == 0) {
            return Optional.empty();
        }
        byte[] root = subtrees.readStored(stored -> MerkleTree.root(stored, size));
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SigningKey key = keys.current();
        Checkpoint checkpoint = Checkpoint.sign(size, root, issuedAt, key.privateKey(), key.publicKey());
        keys.recordUse(issuedAt);
        jdbc.update("INSERT INTO ledger_checkpoint (tree_size, root_hash, issued_at, issued_at_text, key_id, signature) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", size, root, Timestamp.from(issuedAt), issuedAt.toString(),
                checkpoint.keyId(), checkpoint.signature());
        return Optional.of(new Signed(checkpoint, true));
    }

    /** The latest checkpoint still verifies, and the stored tree is still what it signed: else nothing is signed. */
    private void requireStillHolds(Checkpoint latest, long size) {
        if (size < latest.treeSize()) {
            throw new TreeInconsistent("the tree has " + size + " leaves, fewer than the " + latest.treeSize()
                    + " of the latest checkpoint (" + latest.issuedAt() + ")");
        }
        Optional<PublicKey> key = keys.publicKey(latest.keyId());
        if (key.isEmpty() || !latest.signedBy(key.get())) {
            throw new TreeInconsistent("the latest checkpoint (" + latest.treeSize() + " leaves, " + latest.issuedAt()
                    + ") does not verify with its key " + latest.keyId()
                    + (key.isEmpty() ? ", which is not in ledger_signing_key" : ""));
        }
        byte[] stored = subtrees.readStored(subtreesNow -> MerkleTree.root(subtreesNow, latest.treeSize()));
        if (!Arrays.equals(stored, latest.rootHash())) {
            throw new TreeInconsistent("the stored tree of " + latest.treeSize() + " leaves has root "
                    + HEX.formatHex(stored) + ", but the checkpoint of " + latest.issuedAt() + " signed "
                    + latest.rootHashHex() + ": the tree was changed after it was signed");
        }
    }

    private static Checkpoint checkpoint(ResultSet rs, int row) throws SQLException {
        return new Checkpoint(rs.getLong(1), rs.getBytes(2), Instant.parse(rs.getString(3)), rs.getString(4),
                rs.getBytes(5));
    }
}
