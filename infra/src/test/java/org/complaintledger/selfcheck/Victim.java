package org.complaintledger.selfcheck;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** An admitted event a {@link Tampering} chose to tamper with, found by its place in the ledger's tree. */
record Victim(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, long globalIndex,
              long leafIndex) {

    private static final String SELECT = "SELECT e.event_identifier, e.aggregate_identifier, e.sequence_number, "
            + "e.global_index, l.leaf_index FROM ledger_leaf l JOIN domain_event_entry e "
            + "ON e.global_index = l.global_index ";

    /** The leaf in the middle of the last checkpoint's tree (or of all the leaves). */
    static Victim middle(Connection owner) throws SQLException {
        long size = Tampering.single(owner, "SELECT coalesce((SELECT tree_size FROM ledger_checkpoint "
                + "ORDER BY checkpoint_id DESC LIMIT 1), (SELECT leaf_count FROM ledger_admission))");
        return leaf(owner, size / 2);
    }

    static Victim leaf(Connection owner, long leafIndex) throws SQLException {
        return one(owner, SELECT + "WHERE l.leaf_index = " + leafIndex);
    }

    static Victim lastOfRecord(Connection owner, String aggregateIdentifier) throws SQLException {
        return one(owner, SELECT + "WHERE e.aggregate_identifier = '" + aggregateIdentifier
                + "' ORDER BY e.sequence_number DESC LIMIT 1");
    }

    static Victim ofAnotherRecordAfter(Connection owner, Victim victim) throws SQLException {
        return one(owner, SELECT + "WHERE l.leaf_index > " + victim.leafIndex + " AND e.aggregate_identifier <> '"
                + victim.aggregateIdentifier + "' ORDER BY l.leaf_index LIMIT 1");
    }

    private static Victim one(Connection owner, String sql) throws SQLException {
        try (Statement statement = owner.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new IllegalStateException("no admitted event to tamper with: " + sql);
            }
            return new Victim(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4), row.getLong(5));
        }
    }

    Tampering.Tampered tampered(String what) {
        return new Tampering.Tampered(eventIdentifier, aggregateIdentifier, null, "event " + eventIdentifier + " ("
                + aggregateIdentifier + " #" + sequenceNumber + ", global index " + globalIndex + ", leaf "
                + leafIndex + ") " + what);
    }
}
