package org.complaintledger.casebundle;

import java.security.PublicKey;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintledger.complaint.DocumentRef;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.bundle.BundledEvent;
import org.complaintledger.proof.bundle.CaseBundle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts a case bundle together (docs/proofs.md section 5) from a complaint's events as stored, read before the
 * checkpoint was chosen, so that every one of them had been committed when the events were last admitted: each is a
 * leaf, or was refused. Nothing is left out to make the bundle verify, and nothing the tree holds is hidden:
 * <ul>
 *     <li>an event the ledger never chained goes in with 32 zero bytes as its previous and chained hash (it has
 *         none);</li>
 *     <li>an event with no leaf in the checkpoint (refused as altered or forged, or whose proof the stored tree can no
 *         longer give) goes in without a leaf;</li>
 *     <li>a leaf the tree holds for the complaint, admitted before its events were read, whose event is not among them
 *         (removed, or moved to another record) goes in with its proof, though its event is missing.</li>
 * </ul>
 * The verifier then names each.
 */
public final class CaseBundleAssembly {

    private static final byte[] NO_HASH = new byte[EventHash.BYTES];

    private CaseBundleAssembly() {
    }

    /**
     * The bundle of these events (the complaint's, as {@link StoredComplaintEvents#read} read them), proven in
     * {@code checkpoint}, with consistency proofs from {@code earlier} checkpoints (each smaller), read from the store
     * {@code jdbc} reaches.
     *
     * @param caseRecordHtml the printable case record
     * @param openedDocuments the documents each event names (by event identifier), their names opened for the reader
     * @param publicKey       the key that signed {@code checkpoint}
     */
    public static CaseBundle assemble(JdbcTemplate jdbc, String complaintId, StoredComplaintEvents stored,
                                      byte[] caseRecordHtml, Map<String, List<DocumentRef>> openedDocuments,
                                      Checkpoint checkpoint, List<Checkpoint> earlier, PublicKey publicKey) {
        List<StoredComplaintEvents.Row> rows = stored.rows();
        List<BundledEvent> events = events(rows);
        List<BundleProofs.StoredLeaf> leaves = leaves(jdbc, complaintId, stored, checkpoint.treeSize());
        List<Checkpoint> smaller = earlier.stream().filter(e -> e.treeSize() < checkpoint.treeSize()).toList();
        BundleProofs.Proofs proofs = BundleProofs.of(jdbc, complaintId, checkpoint, leaves, smaller);
        return new CaseBundle(complaintId, caseRecordHtml, events, BundleDocuments.of(rows, openedDocuments),
                checkpoint, proofs.leaves(), proofs.earlier(), publicKey);
    }

    private static List<BundledEvent> events(List<StoredComplaintEvents.Row> rows) {
        List<BundledEvent> events = new ArrayList<>(rows.size());
        Set<String> payloadFiles = new HashSet<>();
        for (StoredComplaintEvents.Row row : rows) {
            String payloadFile = BundledEvent.payloadFileFor(row.event());
            // Two events of one sequence number and type (a record tampered with) keep a file each.
            for (int n = 2; !payloadFiles.add(payloadFile); n++) {
                payloadFile = BundledEvent.payloadFileFor(row.event()).replaceFirst("\\.json$", "-" + n + ".json");
            }
            events.add(new BundledEvent(row.event(), row.globalIndex(),
                    row.chained() ? row.previousHash() : NO_HASH, row.chained() ? row.eventHash() : NO_HASH,
                    payloadFile));
        }
        return events;
    }

    /**
     * The leaves in the tree of {@code treeSize} of these events (by event identifier, as admitted), and of any other
     * event of the complaint admitted before they were read.
     */
    private static List<BundleProofs.StoredLeaf> leaves(JdbcTemplate jdbc, String complaintId,
                                                        StoredComplaintEvents stored, long treeSize) {
        String[] identifiers = stored.rows().stream().map(row -> row.event().eventIdentifier()).distinct()
                .toArray(String[]::new);
        Map<String, BundleProofs.StoredLeaf> byEvent = new LinkedHashMap<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT leaf_index, event_identifier, "
                    + "global_index FROM ledger_leaf WHERE (event_identifier = ANY (?) "
                    + "OR (aggregate_identifier = ? AND leaf_index < ?)) AND leaf_index < ? ORDER BY leaf_index");
            statement.setArray(1, connection.createArrayOf("varchar", identifiers));
            statement.setString(2, complaintId);
            statement.setLong(3, stored.leavesAdmitted());
            statement.setLong(4, treeSize);
            return statement;
        }, rs -> {
            byEvent.put(rs.getString(2), new BundleProofs.StoredLeaf(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        });
        return new ArrayList<>(byEvent.values());
    }
}
