package org.complaintledger.casebundle;

import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.complaintledger.ledgertree.LedgerCheckpoints;
import org.complaintledger.ledgertree.LedgerSigningKeys;
import org.complaintledger.ledgertree.TreeInconsistent;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.bundle.CaseBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes a complaint's case bundle (5.12; docs/proofs.md section 5): its events as stored, read first; then every event
 * committed by now admitted and a checkpoint that covers the complaint's events (the latest, or one signed now); then
 * the proofs in it, with consistency proofs from the checkpoints of the complaint's earlier bundles and those the
 * caller names. When the ledger will not sign because its stored tree no longer agrees with its latest checkpoint, the
 * bundle is proven in that latest checkpoint as far as it can be: the tampering shows in the bundle, it is not hidden
 * behind an error.
 */
@Component
class CaseBundles {

    private static final Logger LOG = LoggerFactory.getLogger(CaseBundles.class);

    /** No complaint has this id. */
    static final class NoSuchComplaint extends RuntimeException {
        NoSuchComplaint(String complaintId) {
            super("no complaint " + complaintId + " on the ledger");
        }
    }

    /** Nothing can be proven yet: no checkpoint has been signed, and none could be now. */
    static final class NoCheckpoint extends RuntimeException {
        NoCheckpoint(String complaintId) {
            super("no checkpoint proves any event of complaint " + complaintId + " yet: the ledger has not admitted "
                    + "its events into its tree (see GET /api/ledger/self-check)");
        }
    }

    private final JdbcTemplate jdbc;
    private final LedgerCheckpoints checkpoints;
    private final LedgerSigningKeys keys;
    private final CaseRecordRendering rendering;
    private final CaseBundleCheckpoints made;
    private final Clock clock;

    CaseBundles(JdbcTemplate jdbc, LedgerCheckpoints checkpoints, LedgerSigningKeys keys,
                CaseRecordRendering rendering, Clock clock) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.rendering = rendering;
        this.made = new CaseBundleCheckpoints(jdbc);
        this.clock = clock;
    }

    /**
     * The complaint's case bundle, with consistency proofs also from the checkpoints of tree sizes {@code since}
     * (each a signed checkpoint's: {@link #unsigned} first).
     */
    CaseBundle make(String complaintId, Collection<Long> since) {
        StoredComplaintEvents stored = StoredComplaintEvents.read(jdbc, complaintId);
        if (!stored.isComplaint()) {
            throw new NoSuchComplaint(complaintId);
        }
        // the page is rendered meanwhile: it reads the event store, not the tree
        CompletableFuture<CaseRecordRendering.Rendered> record = rendering.renderMeanwhile(complaintId);
        Checkpoint checkpoint = covering(complaintId, stored, since);
        TreeSet<Long> earlier = new TreeSet<>(made.recorded(complaintId));
        earlier.addAll(since);
        earlier.removeIf(size -> size >= checkpoint.treeSize());
        PublicKey publicKey = keys.publicKey(checkpoint.keyId()).orElse(keys.currentPublicKey());
        List<Checkpoint> earlierCheckpoints = made.ofSizes(earlier);
        CaseRecordRendering.Rendered rendered = record.join();
        return CaseBundleAssembly.assemble(jdbc, complaintId, stored, rendered.html(), rendered.documents(),
                checkpoint, earlierCheckpoints, publicKey);
    }

    /** Of these tree sizes, those no signed checkpoint has. */
    List<Long> unsigned(Collection<Long> treeSizes) {
        List<Long> unsigned = new ArrayList<>(treeSizes);
        unsigned.removeAll(made.signedSizes(treeSizes));
        return unsigned;
    }

    /** Records the checkpoint a bundle of the complaint was proven in, for the complaint's later bundles. */
    void handedOver(CaseBundle bundle) {
        made.record(bundle.complaintId(), bundle.checkpoint().treeSize(), clock.instant());
    }

    /**
     * A checkpoint covering every event of the complaint admitted by now, and at least as large as every
     * {@code since}: the latest when it holds every event read already (nothing to admit or sign for them), else
     * {@link LedgerCheckpoints#checkpointCovering}; the latest when the ledger refuses to sign (its tree no longer
     * agrees with what it signed).
     */
    private Checkpoint covering(String complaintId, StoredComplaintEvents stored, Collection<Long> since) {
        long largestSince = since.stream().mapToLong(Long::longValue).max().orElse(0);
        Optional<Checkpoint> latest = checkpoints.latest();
        if (latest.isPresent() && latest.get().treeSize() >= largestSince
                && made.allLeavesBelow(stored, latest.get().treeSize())) {
            return latest.get();
        }
        Optional<Checkpoint> covering;
        try {
            covering = checkpoints.checkpointCovering(complaintId);
        } catch (TreeInconsistent e) {
            LOG.warn("Case bundle of complaint {}: no checkpoint could be signed ({}); its events are proven in the "
                    + "latest checkpoint as far as the stored tree allows", complaintId, e.getMessage());
            covering = Optional.empty();
        }
        if (covering.isEmpty() || covering.get().treeSize() < largestSince) {
            // none covers the complaint (its events all refused, or signing refused), or a checkpoint named by the
            // caller was signed since: the latest is at least as large as any signed
            covering = checkpoints.latest();
        }
        return covering.orElseThrow(() -> new NoCheckpoint(complaintId));
    }
}
