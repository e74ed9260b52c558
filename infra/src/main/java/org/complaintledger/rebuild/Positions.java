package org.complaintledger.rebuild;

import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;

/**
 * How far a rebuild has read the ledger, as Axon's tracking processors keep it: the highest global index applied and
 * the lower ones not seen (gaps: an append's index is taken when it inserts but visible only when it commits, so one
 * may still commit). Gaps further back than Axon's own limit are given up, as the processors give them up.
 */
final class Positions {

    /** Axon's JdbcEventStorageEngine default {@code maxGapOffset}: gaps older than this are taken for rolled back. */
    static final long MAX_GAP_OFFSET = 10_000;

    private long last;
    private final TreeSet<Long> gaps = new TreeSet<>();

    /** Nothing read yet: global indexes start at 1. */
    Positions() {
        this.last = 0;
    }

    void saw(long index) {
        if (index > last) {
            for (long gap = Math.max(last + 1, index - MAX_GAP_OFFSET); gap < index; gap++) {
                gaps.add(gap);
            }
            last = index;
            gaps.headSet(last - MAX_GAP_OFFSET).clear();
        } else {
            gaps.remove(index);
        }
    }

    void saw(long[] indexes) {
        for (long index : indexes) {
            saw(index);
        }
    }

    long last() {
        return last;
    }

    long[] gaps() {
        return gaps.stream().mapToLong(Long::longValue).toArray();
    }

    Positions copy() {
        Positions copy = new Positions();
        copy.last = last;
        copy.gaps.addAll(gaps);
        return copy;
    }

    /** Back to where {@code earlier} (a {@link #copy}) was: its transaction rolled back. */
    void restore(Positions earlier) {
        last = earlier.last;
        gaps.clear();
        gaps.addAll(earlier.gaps);
    }

    /** The token a processor that has applied exactly what this rebuild has would hold. */
    GapAwareTrackingToken token() {
        return GapAwareTrackingToken.newInstance(last, gaps);
    }
}
