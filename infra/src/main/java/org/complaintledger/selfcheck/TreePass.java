package org.complaintledger.selfcheck;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.complaintledger.proof.Frontier;
import org.complaintledger.proof.MerkleTree;

/**
 * The ledger's tree rebuilt leaf by leaf ({@link Frontier}) from the stored leaf hashes, in leaf order. Each of
 * those {@link EventPass} has compared with the leaf hash its event's recomputed hash gives, so this is the tree of
 * the recomputed leaves. As the tree grows, every perfect subtree it completes is compared with the stored one
 * ({@link SubtreeLevels}), and at every checkpoint's tree size the root with the checkpoint's. A checkpoint of more
 * leaves than the tree has is a truncated tail.
 */
final class TreePass {

    private static final HexFormat HEX = HexFormat.of();

    /** How many leaf hashes the tree was rebuilt from, and how many checkpoint roots were compared. */
    record Counts(long leaves, long checkpointRoots) {
    }

    private TreePass() {
    }

    static Counts run(Connection connection, Findings findings) throws SQLException {
        Frontier frontier = Frontier.empty();
        long roots = 0;
        try (SubtreeLevels levels = new SubtreeLevels(connection);
             PreparedStatement bySize = connection.prepareStatement("SELECT checkpoint_id, tree_size, root_hash "
                     + "FROM ledger_checkpoint ORDER BY tree_size, checkpoint_id")) {
            bySize.setFetchSize(1_000);
            try (ResultSet checkpoints = bySize.executeQuery()) {
                boolean checkpoint = checkpoints.next();
                SubtreeLevels.Level leaves = levels.at(0);
                boolean broken = false;
                while (true) {
                    while (checkpoint && checkpoints.getLong(2) == frontier.size()) {
                        compareRoot(checkpoints, frontier, findings);
                        roots++;
                        checkpoint = checkpoints.next();
                    }
                    if (!leaves.present()) {
                        break;
                    }
                    long next = frontier.size();
                    byte[] leafHash = leaves.take(next);
                    if (leafHash == null) {
                        findings.add(Failure.leaf(next, "leaf " + next + " has no hash in ledger_subtree, though leaf "
                                + leaves.index() + " has: the tree cannot be rebuilt past it"));
                        broken = true;
                        break;
                    }
                    for (Frontier.Completed completed : frontier.append(leafHash)) {
                        if (completed.level() > 0) {
                            levels.compare(completed.level(), completed.index(), completed.hash(), findings);
                        }
                    }
                }
                long size = frontier.size();
                while (checkpoint) {
                    long id = checkpoints.getLong(1);
                    long treeSize = checkpoints.getLong(2);
                    findings.add(Failure.checkpoint(id, broken
                            ? "checkpoint " + id + " of " + treeSize + " leaves cannot be checked: the tree breaks at "
                                    + "leaf " + size
                            : "checkpoint " + id + " signed a tree of " + treeSize + " leaves, but the ledger's tree "
                                    + "has only " + size + ": leaves " + size + " to " + (treeSize - 1)
                                    + " were removed (a truncated tail)"));
                    checkpoint = checkpoints.next();
                }
                if (!broken) {
                    levels.beyond(size, findings);
                }
            }
        }
        return new Counts(frontier.size(), roots);
    }

    private static void compareRoot(ResultSet checkpoint, Frontier frontier, Findings findings) throws SQLException {
        byte[] signed = checkpoint.getBytes(3);
        byte[] rebuilt = frontier.size() == 0 ? MerkleTree.emptyRoot() : frontier.root();
        if (!MessageDigest.isEqual(signed, rebuilt)) {
            long id = checkpoint.getLong(1);
            findings.add(Failure.checkpoint(id, "checkpoint " + id + " signed the root " + HEX.formatHex(signed)
                    + " for a tree of " + frontier.size() + " leaves, but the tree rebuilt from the stored leaves has "
                    + "the root " + HEX.formatHex(rebuilt) + ": a leaf before it was changed, moved or removed"));
        }
    }
}
