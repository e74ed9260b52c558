package org.complaintledger.selfcheck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The leaves as a whole: leaf indexes 0..n-1 without a hole, n as ledger_admission counts, and every leaf's event
 * still stored at the leaf's global_index. {@link EventPass} counts the leaves it met at their events' global
 * indexes; only when there are more leaves than that are the leaves without their event looked for.
 */
final class LeafChecks {

    /** How many chain rows and leaves are stored, and the lowest and highest leaf index. */
    record Stored(long chainRows, long leaves, long firstLeaf, long lastLeaf) {

        static Stored read(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT (SELECT count(*) FROM event_chain), "
                         + "(SELECT count(*) FROM ledger_leaf), (SELECT coalesce(min(leaf_index), 0) FROM ledger_leaf), "
                         + "(SELECT coalesce(max(leaf_index), -1) FROM ledger_leaf)")) {
                row.next();
                return new Stored(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
            }
        }
    }

    static final String HOLES = """
            SELECT l.leaf_index + 1 FROM ledger_leaf l
            WHERE l.leaf_index < (SELECT max(leaf_index) FROM ledger_leaf)
              AND NOT EXISTS (SELECT 1 FROM ledger_leaf n WHERE n.leaf_index = l.leaf_index + 1)
            ORDER BY 1 LIMIT 100""";

    static final String WITHOUT_EVENT = """
            SELECT l.leaf_index, l.global_index, l.event_identifier, l.aggregate_identifier, m.global_index
            FROM ledger_leaf l
            LEFT JOIN domain_event_entry m ON m.event_identifier = l.event_identifier
            WHERE NOT EXISTS (SELECT 1 FROM domain_event_entry e WHERE e.global_index = l.global_index)""";

    private LeafChecks() {
    }

    static void run(Connection connection, Stored stored, long leavesWithEvent, AdmissionState admission,
                    Findings findings) throws SQLException {
        if (stored.leaves() != admission.leafCount) {
            findings.add(Failure.leaf(Math.min(stored.leaves(), admission.leafCount), "ledger_admission counts "
                    + admission.leafCount + " leaves, but ledger_leaf holds " + stored.leaves()));
        }
        if (stored.leaves() > 0 && (stored.firstLeaf() != 0 || stored.lastLeaf() != stored.leaves() - 1)) {
            if (stored.firstLeaf() != 0) {
                findings.add(Failure.leaf(0, "there is no leaf 0: the first leaf is " + stored.firstLeaf()));
            }
            try (Statement statement = connection.createStatement();
                 ResultSet hole = statement.executeQuery(HOLES)) {
                while (hole.next()) {
                    findings.add(Failure.leaf(hole.getLong(1), "there is no leaf " + hole.getLong(1)
                            + " in ledger_leaf, though there are leaves after it"));
                }
            }
        }
        if (stored.leaves() != leavesWithEvent) {
            withoutEvent(connection, findings);
        }
    }

    private static void withoutEvent(Connection connection, Findings findings) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(WITHOUT_EVENT)) {
            statement.setFetchSize(1_000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long leafIndex = row.getLong(1);
                    long globalIndex = row.getLong(2);
                    Long movedTo = ChainLinkPass.nullable(row, 5);
                    findings.add(new Failure(Failure.Concerns.LEAF, row.getString(3), row.getString(4), null,
                            globalIndex, leafIndex, null, movedTo == null
                            ? "leaf " + leafIndex + " is of event " + row.getString(3) + " at global index "
                                    + globalIndex + ", but no event is stored there any more: the event was removed"
                            : "leaf " + leafIndex + " is of event " + row.getString(3) + " at global index "
                                    + globalIndex + ", but that event is now at global index " + movedTo
                                    + " and none is at " + globalIndex + ": the event was moved"));
                }
            }
        }
    }
}
