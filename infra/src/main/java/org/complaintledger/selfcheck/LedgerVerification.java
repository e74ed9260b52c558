package org.complaintledger.selfcheck;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintledger.provenance.AppendSeals;

/**
 * The whole ledger re-verified (docs/proofs.md, section 7) in the snapshot of one transaction on {@code connection}:
 * every event's chained hash, every record's chain, every leaf, the tree and every stored subtree hash, every
 * checkpoint's root and signature, and the seal of every event not admitted yet. Plain JDBC: the caller opens the
 * transaction it wants (the self-check a read-only repeatable read one) and ends it.
 */
public final class LedgerVerification {

    /** What was verified, and what failed (the first {@link Findings#LISTED}, and how many in all). */
    public record Verified(long events, long leaves, long checkpoints, long bytesHashed, long failureCount,
                           List<Failure> failures, Map<String, Duration> passTimes) {

        public boolean passed() {
            return failureCount == 0;
        }
    }

    private final AppendSeals seals;
    private final int hashingThreads;

    /**
     * @param hashingThreads threads that hash and check events while the calling thread reads them; 0: the calling
     *                       thread hashes them too, between reads
     */
    public LedgerVerification(AppendSeals seals, int hashingThreads) {
        if (hashingThreads < 0) {
            throw new IllegalArgumentException("the self-check's hashing threads cannot be fewer than none");
        }
        this.seals = seals;
        this.hashingThreads = hashingThreads;
    }

    public Verified verify(Connection connection) throws SQLException, InterruptedException {
        Findings findings = new Findings();
        ExecutorService hashing = hashingThreads == 0 ? null : Executors.newFixedThreadPool(hashingThreads, threads());
        Executor hashes = hashing == null ? Runnable::run : hashing;
        Map<String, Duration> times = new LinkedHashMap<>();
        try {
            long started = System.nanoTime();
            LedgerGuards.check(connection, findings);
            AdmissionState admission = AdmissionState.read(connection, findings);
            started = lap(times, "guards and admission", started);
            EventPass.Counts events = new EventPass(seals, admission, findings, hashes, hashingThreads).run(connection);
            started = lap(times, "events", started);
            for (AdmissionState.Refusal refusal : admission.untakenRefusals()) {
                findings.add(new Failure(Failure.Concerns.EVENT, refusal.eventIdentifier(), null, null,
                        refusal.globalIndex(), null, null, "the admitter refused it at " + refusal.refusedAt() + ": "
                        + refusal.reason() + "; the event is no longer stored"));
            }
            LeafChecks.Stored stored = LeafChecks.Stored.read(connection);
            if (stored.chainRows() != events.chained()) {
                ChainLinkPass.orphans(connection, findings);
            }
            LeafChecks.run(connection, stored, events.leaves(), admission, findings);
            started = lap(times, "counts", started);
            ChainLinkPass.run(connection, findings);
            started = lap(times, "chain links", started);
            TreePass.Counts tree = TreePass.run(connection, findings);
            started = lap(times, "tree", started);
            long checkpoints = CheckpointPass.run(connection, findings, hashes, hashingThreads);
            lap(times, "signatures", started);
            long failures = findings.count() + admission.refusalsNotKept();
            return new Verified(events.events(), tree.leaves(), checkpoints, events.bytesHashed(), failures,
                    findings.listed(), times);
        } finally {
            if (hashing != null) {
                hashing.shutdownNow();
            }
        }
    }

    private static long lap(Map<String, Duration> times, String pass, long started) {
        long now = System.nanoTime();
        times.put(pass, Duration.ofNanos(now - started));
        return now;
    }

    private static java.util.concurrent.ThreadFactory threads() {
        AtomicInteger number = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "ledger-self-check-hashing-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
