package org.complaintledger.selfcheck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the admitter stood in the self-check's snapshot (docs/proofs.md, section 2): how many leaves it has given,
 * the global_index it has passed, the ranges below it still awaited, and the events it refused. Every event at or
 * below {@code admittedThrough} must be a leaf unless it is awaited; a refused event is tampering.
 */
final class AdmissionState {

    /** Refused events are tampering, so normally there are none; past this many only their count is kept. */
    static final int MOST_REFUSALS_KEPT = 100_000;

    record Refusal(long globalIndex, String eventIdentifier, String refusedAt, String reason) {
    }

    final long leafCount;
    final long admittedThrough;
    private final long[] gapFirst;
    private final long[] gapLast;
    private final Map<Long, Refusal> refused;
    private final long refusedCount;

    private AdmissionState(long leafCount, long admittedThrough, long[] gapFirst, long[] gapLast,
                           Map<Long, Refusal> refused, long refusedCount) {
        this.leafCount = leafCount;
        this.admittedThrough = admittedThrough;
        this.gapFirst = gapFirst;
        this.gapLast = gapLast;
        this.refused = refused;
        this.refusedCount = refusedCount;
    }

    static AdmissionState read(Connection connection, Findings findings) throws SQLException {
        long leafCount = 0;
        long admittedThrough = 0;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT leaf_count, admitted_through FROM ledger_admission")) {
            int rows = 0;
            while (row.next()) {
                leafCount = row.getLong(1);
                admittedThrough = row.getLong(2);
                rows++;
            }
            if (rows != 1) {
                findings.add(Failure.leaf(0, "ledger_admission has " + rows + " rows instead of one"));
            }
        }
        List<long[]> gaps = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT first_index, last_index FROM ledger_admission_gap ORDER BY first_index")) {
            while (row.next()) {
                gaps.add(new long[] {row.getLong(1), row.getLong(2)});
            }
        }
        Map<Long, Refusal> refused = new ConcurrentHashMap<>();
        long refusedCount = 0;
        try (PreparedStatement statement = connection.prepareStatement("SELECT global_index, event_identifier, "
                + "refused_at::text, left(reason, 1000) FROM ledger_refused_event ORDER BY global_index")) {
            statement.setFetchSize(1_000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    if (refusedCount++ < MOST_REFUSALS_KEPT) {
                        refused.put(row.getLong(1), new Refusal(row.getLong(1), row.getString(2), row.getString(3),
                                row.getString(4)));
                    }
                }
            }
        }
        return new AdmissionState(leafCount, admittedThrough, gaps.stream().mapToLong(gap -> gap[0]).toArray(),
                gaps.stream().mapToLong(gap -> gap[1]).toArray(), refused, refusedCount);
    }

    /** Whether the admitter is still waiting for this global_index to commit. */
    boolean awaited(long globalIndex) {
        int at = java.util.Arrays.binarySearch(gapFirst, globalIndex);
        int range = at >= 0 ? at : -at - 2;
        return range >= 0 && globalIndex <= gapLast[range];
    }

    /** Whether an event at this global_index is yet to be admitted, or awaited: so not a leaf yet, rightly. */
    boolean notYetAdmitted(long globalIndex) {
        return globalIndex > admittedThrough || awaited(globalIndex);
    }

    /** The admitter's refusal of the event at this global_index, taken so that it is named once. */
    Refusal takeRefusal(long globalIndex) {
        return refused.remove(globalIndex);
    }

    /** The refusals not taken: refused events no longer stored. */
    List<Refusal> untakenRefusals() {
        List<Refusal> left = new ArrayList<>(refused.values());
        left.sort((a, b) -> Long.compare(a.globalIndex(), b.globalIndex()));
        return Collections.unmodifiableList(left);
    }

    /** Refusals beyond those kept, counted only. */
    long refusalsNotKept() {
        return refusedCount - Math.min(refusedCount, MOST_REFUSALS_KEPT);
    }
}
