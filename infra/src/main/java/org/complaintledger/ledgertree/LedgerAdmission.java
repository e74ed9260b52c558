package org.complaintledger.ledgertree;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.complaintledger.ledgertree.ChainedEvent.Place;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.Frontier;
import org.complaintledger.proof.MerkleTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Admits events into the ledger's tree in admission order (docs/proofs.md, section 2): one admitter at a time across
 * every process (a transaction-scoped advisory lock), in transactions of at most {@value #PAGE} events. Each reads the
 * events above the highest global_index passed and those that filled awaited gaps, checks each ({@link AdmissionCheck}),
 * gives each that holds the next leaf ({@code ledger_leaf}, and {@code ledger_subtree} for every perfect subtree it
 * completes) and records each that does not in {@code ledger_refused_event}. Leaves are only ever appended.
 */
public final class LedgerAdmission {

    /** What one call admitted. {@code busy}: another admitter held the lock, and this call did not wait. */
    public record Admission(int leaves, int refused, long givenUp, long treeSize, boolean busy) {

        Admission plus(Admission batch) {
            return new Admission(leaves + batch.leaves, refused + batch.refused, givenUp + batch.givenUp,
                    batch.treeSize, batch.busy);
        }
    }

    static final int PAGE = 1_000;
    /** pg_advisory_xact_lock key of the admitter: "cl-admit" in ASCII. */
    private static final long LOCK = 0x636c2d61646d6974L;
    private static final Logger LOG = LoggerFactory.getLogger(LedgerAdmission.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ChainedEvents events;
    private final AdmissionGaps gaps;
    private final AdmissionCheck check;
    private final StoredSubtrees subtrees;
    private final TreeFailures failures;

    LedgerAdmission(JdbcTemplate jdbc, TransactionTemplate transactions, AdmissionGaps gaps, AdmissionCheck check,
                    StoredSubtrees subtrees, TreeFailures failures) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = new ChainedEvents(jdbc);
        this.gaps = gaps;
        this.check = check;
        this.subtrees = subtrees;
        this.failures = failures;
    }

    /**
     * Admits every event committed by now (waiting for another admitter to finish first): afterwards each is a leaf,
     * refused, or in a gap still awaited because an event before it in global_index order has not committed yet.
     *
     * @throws TreeInconsistent when the stored tree is not as admission left it; nothing is admitted then
     */
    public Admission admitNow() {
        return admit(true);
    }

    /** As {@link #admitNow}, unless another admitter is at work, which then does it (the schedule's way). */
    Admission admitUnlessBusy() {
        return admit(false);
    }

    private Admission admit(boolean wait) {
        Admission total = new Admission(0, 0, 0, 0, false);
        try {
            while (true) {
                Batch batch = transactions.execute(status -> batch(wait));
                total = total.plus(batch.admission());
                if (batch.admission().busy()) {
                    return total;
                }
                if (!batch.more()) {
                    failures.admissionSucceeded();
                    return total;
                }
                if (!wait && Thread.currentThread().isInterrupted()) {
                    // the schedule is stopping: the rest waits for the next run, not for the pool to close under it
                    return total;
                }
            }
        } catch (RuntimeException e) {
            failures.admissionFailed(e);
            throw e;
        }
    }

    private record Batch(Admission admission, boolean more) {
    }

    private Batch batch(boolean wait) {
        if (wait) {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, LOCK);
        } else if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
            return new Batch(new Admission(0, 0, 0, -1, true), false);
        }
        long[] state = jdbc.queryForObject("SELECT leaf_count, admitted_through FROM ledger_admission",
                (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)});
        long leafCount = state[0];
        long admittedThrough = state[1];
        List<AdmissionGaps.Gap> awaited = gaps.awaited();
        // Only events in the ranges read: settling takes them out of exactly those.
        List<ChainedEvent> filled = awaited.isEmpty() ? List.of() : events.inGaps(awaited.getLast().first(), PAGE);
        List<ChainedEvent> above = events.above(admittedThrough, PAGE);
        boolean lapsed = awaited.stream().anyMatch(AdmissionGaps.Gap::lapsed);
        if (filled.isEmpty() && above.isEmpty() && !lapsed) {
            return new Batch(new Admission(0, 0, 0, leafCount, false), false);
        }
        Frontier frontier = resume(leafCount);
        List<ChainedEvent> batch = Stream.concat(filled.stream(), above.stream())
                .sorted(Comparator.comparingLong(ChainedEvent::globalIndex)).toList();
        Written written = admit(batch, frontier);
        gaps.record(AdmissionGaps.missing(admittedThrough, above.stream().map(ChainedEvent::globalIndex).toList()));
        long givenUp = gaps.settle(awaited, filled.stream().map(ChainedEvent::globalIndex).toList(),
                filled.size() < PAGE);
        if (givenUp > 0) {
            LOG.info("Gave up {} awaited global_index value(s): every transaction that could have taken them has "
                    + "ended without committing them", givenUp);
        }
        long through = above.isEmpty() ? admittedThrough : above.getLast().globalIndex();
        jdbc.update("UPDATE ledger_admission SET leaf_count = ?, admitted_through = ?", frontier.size(), through);
        return new Batch(new Admission(written.leaves(), written.refused(), givenUp, frontier.size(), false),
                above.size() == PAGE || filled.size() == PAGE);
    }

    private record Written(int leaves, int refused) {
    }

    /** Gives each event that holds the next leaf, in the batch's order; records why each other one is refused. */
    private Written admit(List<ChainedEvent> batch, Frontier frontier) {
        Map<Place, byte[]> storedHashes = events.storedHashes(batch.stream()
                .filter(candidate -> candidate.event().sequenceNumber() > 0)
                .map(ChainedEvent::previous).distinct().toList());
        MessageDigest digest = EventHash.sha256();
        List<Object[]> leaves = new ArrayList<>();
        List<Object[]> subtreeRows = new ArrayList<>();
        List<Object[]> refusals = new ArrayList<>();
        for (ChainedEvent candidate : batch) {
            Optional<String> refusal = check.refusal(candidate, storedHashes);
            if (refusal.isPresent()) {
                LOG.warn("Refused {} (global_index {}) admission into the ledger's tree: {}", candidate.event(),
                        candidate.globalIndex(), refusal.get());
                refusals.add(new Object[] {candidate.globalIndex(), candidate.event().eventIdentifier(), refusal.get()});
                continue;
            }
            leaves.add(new Object[] {frontier.size(), candidate.globalIndex(), candidate.event().eventIdentifier(),
                    candidate.event().aggregateIdentifier()});
            byte[] leafHash = MerkleTree.leafHash(
                    MerkleTree.leafData(candidate.chain().eventHash(), candidate.globalIndex()), digest);
            for (Frontier.Completed completed : frontier.append(leafHash)) {
                subtreeRows.add(new Object[] {completed.level(), completed.index(), completed.hash()});
            }
        }
        jdbc.batchUpdate("INSERT INTO ledger_leaf (leaf_index, global_index, event_identifier, aggregate_identifier) "
                + "VALUES (?, ?, ?, ?)", leaves);
        jdbc.batchUpdate("INSERT INTO ledger_subtree (level, subtree_index, hash) VALUES (?, ?, ?)", subtreeRows);
        jdbc.batchUpdate("INSERT INTO ledger_refused_event (global_index, event_identifier, refused_at, reason) "
                + "VALUES (?, ?, clock_timestamp(), ?)", refusals);
        return new Written(leaves.size(), refusals.size());
    }

    /**
     * The frontier of the stored tree of {@code leafCount} leaves, read from its stored perfect subtrees, after
     * checking that the store holds exactly that many leaves: no fewer (a subtree missing) and no more.
     */
    private Frontier resume(long leafCount) {
        Frontier frontier = subtrees.readStored(stored -> Frontier.of(stored, leafCount));
        Long lastLeaf = jdbc.queryForObject("SELECT max(leaf_index) FROM ledger_leaf", Long.class);
        Long lastLeafHash = jdbc.queryForObject("SELECT max(subtree_index) FROM ledger_subtree WHERE level = 0",
                Long.class);
        long expected = leafCount - 1;
        if ((lastLeaf == null ? -1 : lastLeaf) != expected || (lastLeafHash == null ? -1 : lastLeafHash) != expected) {
            throw new TreeInconsistent("ledger_admission counts " + leafCount + " leaves, but the last leaf in "
                    + "ledger_leaf is " + lastLeaf + " and the last leaf hash in ledger_subtree is " + lastLeafHash);
        }
        return frontier;
    }
}
