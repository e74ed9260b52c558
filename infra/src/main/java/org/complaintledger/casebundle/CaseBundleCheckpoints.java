package org.complaintledger.casebundle;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.complaintledger.proof.Checkpoint;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The checkpoints a complaint's case bundles were proven in ({@code case_bundle_checkpoint}, V25), so that every later
 * bundle carries a consistency proof from each (docs/proofs.md section 5), and the signed checkpoints of given tree
 * sizes ({@code ledger_checkpoint}).
 */
public final class CaseBundleCheckpoints {

    /** The most earlier bundles' checkpoints a bundle lists, the latest first: each is a proof of ~2 log n hashes. */
    public static final int MOST_RECORDED = 200;

    private final JdbcTemplate jdbc;

    public CaseBundleCheckpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tree sizes of the checkpoints earlier bundles of the complaint were proven in (at most MOST_RECORDED). */
    public List<Long> recorded(String complaintId) {
        return jdbc.queryForList("SELECT tree_size FROM case_bundle_checkpoint WHERE complaint_id = ? "
                + "ORDER BY tree_size DESC LIMIT ?", Long.class, complaintId, MOST_RECORDED);
    }

    /** Records that a bundle of the complaint was made against the checkpoint of this tree size (once per size). */
    void record(String complaintId, long treeSize, Instant at) {
        jdbc.update("INSERT INTO case_bundle_checkpoint (complaint_id, tree_size, first_made_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (complaint_id, tree_size) DO NOTHING", complaintId, treeSize, Timestamp.from(at));
    }

    /** Whether every one of these events is a leaf below {@code treeSize}: in the tree of that size. */
    boolean allLeavesBelow(StoredComplaintEvents stored, long treeSize) {
        String[] identifiers = stored.rows().stream().map(row -> row.event().eventIdentifier()).distinct()
                .toArray(String[]::new);
        Long leaves = jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*) FROM ledger_leaf WHERE event_identifier = ANY (?) AND leaf_index < ?");
            statement.setArray(1, connection.createArrayOf("varchar", identifiers));
            statement.setLong(2, treeSize);
            return statement;
        }, rs -> rs.next() ? rs.getLong(1) : 0L);
        return leaves != null && leaves == stored.rows().size();
    }

    /** Which of these tree sizes a signed checkpoint has. */
    Set<Long> signedSizes(Collection<Long> treeSizes) {
        Set<Long> signed = new TreeSet<>();
        if (!treeSizes.isEmpty()) {
            jdbc.query(connection -> {
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT DISTINCT tree_size FROM ledger_checkpoint WHERE tree_size = ANY (?)");
                statement.setArray(1, connection.createArrayOf("int8", treeSizes.toArray(Long[]::new)));
                return statement;
            }, rs -> {
                signed.add(rs.getLong(1));
            });
        }
        return signed;
    }

    /** The (newest) signed checkpoint of each of these tree sizes that has one, smallest first. */
    public List<Checkpoint> ofSizes(Collection<Long> treeSizes) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (treeSizes.isEmpty()) {
            return checkpoints;
        }
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT ON (tree_size) tree_size, "
                    + "root_hash, issued_at_text, key_id, signature FROM ledger_checkpoint WHERE tree_size = ANY (?) "
                    + "ORDER BY tree_size, checkpoint_id DESC");
            statement.setArray(1, connection.createArrayOf("int8", treeSizes.toArray(Long[]::new)));
            return statement;
        }, rs -> {
            checkpoints.add(new Checkpoint(rs.getLong(1), rs.getBytes(2), Instant.parse(rs.getString(3)),
                    rs.getString(4), rs.getBytes(5)));
        });
        return checkpoints;
    }
}
