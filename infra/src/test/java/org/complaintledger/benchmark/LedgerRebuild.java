package org.complaintledger.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.complaintledger.rebuild.ReadModelRebuilds;
import org.complaintledger.rebuild.RebuildProgress;

/**
 * The ledger's own rebuild of all projections ({@link ReadModelRebuilds}, every processing group, run to the end in
 * this thread), timed whole: from the call to the new tables switched over, so reading, applying in memory, copying
 * into the new tables, indexing them, catching up and the switch all count. With the heap it used.
 */
final class LedgerRebuild {

    /**
     * What a rebuild did, and the heap: used at its end, the sum of each heap pool's peak during it (an upper bound of
     * the peak), and used after a full GC once it had ended.
     */
    record Rebuilt(RebuildProgress outcome, double seconds, long heapUsedAtEnd, long heapPeak, long heapAfterGc) {

        long events() {
            return outcome.eventsDone();
        }

        double perSecond() {
            return events() / seconds;
        }
    }

    private final ReadModelRebuilds rebuilds;

    LedgerRebuild(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    Rebuilt rebuildAll() {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        RebuildProgress outcome = rebuilds.rebuild(List.of());
        double seconds = (System.nanoTime() - started) / 1e9;
        long usedAtEnd = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        if (outcome.phase() != RebuildProgress.Phase.SWITCHED) {
            throw new IllegalStateException("the rebuild did not switch over: " + outcome);
        }
        System.gc();
        return new Rebuilt(outcome, seconds, usedAtEnd, peak,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
}
