package org.complaintledger.selfcheck;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.StoredEvent;

/**
 * Ways someone who can sign in to PostgreSQL as the tables' owner (or a superuser) could change the ledger's history
 * behind its back: the append-only triggers disabled, then rows changed, removed or added directly. Each applies itself
 * through JDBC on a connection of such a role, in whatever transaction the caller holds (commit it or roll it back),
 * choosing its victims among the admitted events of whatever ledger it finds, and answers what it did. The events
 * chosen are leaves of the last checkpoint's tree when there is one, in the middle of the ledger.
 */
enum Tampering {

    /** One byte of an event's payload flipped. */
    PAYLOAD_BYTE {
        @Override
        Tampered apply(Connection owner) throws SQLException {
            Victim victim = Victim.middle(owner);
            update(owner, "domain_event_entry", "UPDATE domain_event_entry SET payload = set_byte(payload, "
                    + "length(payload) / 2, get_byte(payload, length(payload) / 2) # 1) WHERE event_identifier = ?",
                    victim.eventIdentifier());
            return victim.tampered("flipped one bit of its payload");
        }
    },
    /** When an event was recorded, moved a second earlier. */
    TIME_STAMP {
        @Override
        Tampered apply(Connection owner) throws SQLException {
            Victim victim = Victim.middle(owner);
            update(owner, "domain_event_entry", "UPDATE domain_event_entry SET time_stamp = "
                    + "to_char((time_stamp::timestamptz - interval '1 second') AT TIME ZONE 'UTC', "
                    + "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') WHERE event_identifier = ?", victim.eventIdentifier());
            return victim.tampered("recorded a second earlier");
        }
    },
    /** An event given another event's type. */
    PAYLOAD_TYPE {
        @Override
        Tampered apply(Connection owner) throws SQLException {
            Victim victim = Victim.middle(owner);
            update(owner, "domain_event_entry", "UPDATE domain_event_entry SET payload_type = "
                    + "payload_type || 'Withdrawn' WHERE event_identifier = ?", victim.eventIdentifier());
            return victim.tampered("given another type");
        }
    },
    /** The last event of a complaint renumbered, as if an event before it had been lost. */
    SEQUENCE_NUMBER {
        @Override
        Tampered apply(Connection owner) throws SQLException {
            Victim victim = Victim.lastOfRecord(owner, Victim.middle(owner).aggregateIdentifier());
            update(owner, "domain_event_entry", "UPDATE domain_event_entry SET sequence_number = sequence_number + 1 "
                    + "WHERE event_identifier = ?", victim.eventIdentifier());
            return victim.tampered("renumbered " + victim.sequenceNumber() + " to " + (victim.sequenceNumber() + 1));
        }
    },
    /** An event removed; its chain row and leaf left as they were. */
    DELETED_EVENT {
        @Override
        Tampered apply(Connection owner) throws SQLException {
            Victim victim = Victim.middle(owner);
            update(owner, "domain_event_entry", "DELETE FROM domain_event_entry WHERE event_identifier = ?",
                    victim.eventIdentifier());
            return victim.tampered("removed");
        }
    },
    /** An event removed with its chain row; its leaf left as it was. */
    DELETED_EVENT_WITH_ITS_CHAIN_ROW {
        @Override
        Tampered apply(Connection owner) throws SQLException {
            Victim victim = Victim.middle(owner);
            update(owner, "event_chain", "DELETE FROM event_chain WHERE event_identifier = ?", victim.eventIdentifier());
            update(owner, "domain_event_entry", "DELETE FROM domain_event_entry WHERE event_identifier = ?",
                    victim.eventIdentifier());
            return victim.tampered("removed with its chain row");
        }
    },
    /** A forged event appended to a complaint, with no chain row. */
    FORGED_EVENT {
        @Override
        Tampered apply(Connection owner) throws SQLException {
            return forge(owner, false, false);
        }
    },
    /** A forged event appended to a complaint with a chain row recomputed as the ledger would (but no valid seal). */
    FORGED_EVENT_WITH_CHAIN_ROW {
        @Override
        Tampered apply(Connection owner) throws SQLException {
            return forge(owner, true, false);
        }
    },
    /** A forged event, chained, slipped in below where the admitter has passed (global index 0). */
    FORGED_EVENT_INTO_THE_PAST {
        @Override
        Tampered apply(Connection owner) throws SQLException {
            return forge(owner, true, true);
        }
    },
    /** Two events' places in the event stream swapped. */
    REORDERED {
        @Override
        Tampered apply(Connection owner) throws SQLException {
            Victim first = Victim.middle(owner);
            Victim second = Victim.leaf(owner, first.leafIndex() + 3);
            disableTriggers(owner, "domain_event_entry");
            execute(owner, "UPDATE domain_event_entry SET global_index = -1 WHERE global_index = " + first.globalIndex());
            execute(owner, "UPDATE domain_event_entry SET global_index = " + first.globalIndex()
                    + " WHERE global_index = " + second.globalIndex());
            execute(owner, "UPDATE domain_event_entry SET global_index = " + second.globalIndex()
                    + " WHERE global_index = -1");
            // the event now at the lower global index is the one first met
            return second.tampered("swapped with " + first.eventIdentifier() + " in the event stream");
        }
    },
    /** Two events of two complaints swapped: each given the other's complaint and place in it. */
    SWAPPED_BETWEEN_COMPLAINTS {
        @Override
        Tampered apply(Connection owner) throws SQLException {
            Victim first = Victim.middle(owner);
            Victim second = Victim.ofAnotherRecordAfter(owner, first);
            disableTriggers(owner, "domain_event_entry");
            execute(owner, "UPDATE domain_event_entry SET aggregate_identifier = 'swapping' "
                    + "WHERE event_identifier = '" + first.eventIdentifier() + "'");
            execute(owner, "UPDATE domain_event_entry SET aggregate_identifier = '" + first.aggregateIdentifier()
                    + "', sequence_number = " + first.sequenceNumber() + " WHERE event_identifier = '"
                    + second.eventIdentifier() + "'");
            execute(owner, "UPDATE domain_event_entry SET aggregate_identifier = '" + second.aggregateIdentifier()
                    + "', sequence_number = " + second.sequenceNumber() + " WHERE event_identifier = '"
                    + first.eventIdentifier() + "'");
            return first.tampered("swapped with " + second.eventIdentifier() + " of " + second.aggregateIdentifier());
        }
    },
    /**
     * The last three events removed, with everything that showed them: their chain rows, leaves and subtree hashes,
     * and the admitter's counts set back. Only a checkpoint signed before remembers them.
     */
    TRUNCATED_TAIL {
        @Override
        Tampered apply(Connection owner) throws SQLException {
            long leaves = single(owner, "SELECT leaf_count FROM ledger_admission");
            long keep = leaves - 3;
            long checkpoint = single(owner, "SELECT max(checkpoint_id) FROM ledger_checkpoint");
            disableTriggers(owner, "domain_event_entry");
            disableTriggers(owner, "event_chain");
            disableTriggers(owner, "ledger_leaf");
            disableTriggers(owner, "ledger_subtree");
            execute(owner, "DELETE FROM event_chain WHERE event_identifier IN (SELECT event_identifier FROM ledger_leaf "
                    + "WHERE leaf_index >= " + keep + ")");
            execute(owner, "DELETE FROM domain_event_entry WHERE global_index IN (SELECT global_index FROM ledger_leaf "
                    + "WHERE leaf_index >= " + keep + ")");
            execute(owner, "DELETE FROM ledger_leaf WHERE leaf_index >= " + keep);
            execute(owner, "DELETE FROM ledger_subtree WHERE (subtree_index + 1) << level > " + keep);
            execute(owner, "UPDATE ledger_admission SET leaf_count = " + keep
                    + ", admitted_through = (SELECT max(global_index) FROM domain_event_entry)");
            return new Tampered(null, null, checkpoint, "removed leaves " + keep + " to " + (leaves - 1)
                    + " and their events");
        }
    };

    /** What a tampering did: the event the self-check should name first, or the checkpoint, and in words. */
    record Tampered(String eventIdentifier, String aggregateIdentifier, Long checkpointId, String description) {
    }

    abstract Tampered apply(Connection owner) throws SQLException;

    /** A new event at the end of a complaint's record, copied from its last event with another payload. */
    private static Tampered forge(Connection owner, boolean chained, boolean intoThePast) throws SQLException {
        Victim last = Victim.lastOfRecord(owner, Victim.middle(owner).aggregateIdentifier());
        String id = UUID.randomUUID().toString();
        long globalIndex = intoThePast ? 0
                : single(owner, "SELECT nextval(pg_get_serial_sequence('domain_event_entry', 'global_index'))");
        execute(owner, "INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                + "SELECT " + globalIndex + ", '" + id + "', aggregate_identifier, sequence_number + 1, type, time_stamp, "
                + "payload_type, payload_revision, convert_to('{\"forged\":true}', 'UTF8'), meta_data "
                + "FROM domain_event_entry WHERE event_identifier = '" + last.eventIdentifier() + "'");
        if (chained) {
            StoredEvent forged;
            try (Statement statement = owner.createStatement();
                 ResultSet row = statement.executeQuery("SELECT event_identifier, aggregate_identifier, type, "
                         + "sequence_number, payload_type, payload_revision, time_stamp, payload, meta_data "
                         + "FROM domain_event_entry WHERE event_identifier = '" + id + "'")) {
                row.next();
                forged = new StoredEvent(row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getBytes(8), row.getBytes(9));
            }
            byte[] previous;
            String sealKeyId;
            try (Statement statement = owner.createStatement();
                 ResultSet row = statement.executeQuery("SELECT event_hash, seal_key_id FROM event_chain "
                         + "WHERE event_identifier = '" + last.eventIdentifier() + "'")) {
                row.next();
                previous = row.getBytes(1);
                sealKeyId = row.getString(2);
            }
            byte[] seal = new byte[32];  // whoever forges has no seal key: a guess
            new SecureRandom().nextBytes(seal);
            try (PreparedStatement insert = owner.prepareStatement("INSERT INTO event_chain (event_identifier, "
                    + "aggregate_identifier, sequence_number, previous_hash, event_hash, seal_key_id, append_seal) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, forged.aggregateIdentifier());
                insert.setLong(3, forged.sequenceNumber());
                insert.setBytes(4, previous);
                insert.setBytes(5, EventHash.of(forged, previous));
                insert.setString(6, sealKeyId);
                insert.setBytes(7, seal);
                insert.executeUpdate();
            }
        }
        return new Tampered(id, last.aggregateIdentifier(), null, "forged event " + id + " appended to "
                + last.aggregateIdentifier() + " at global index " + globalIndex
                + (chained ? ", chained to its last event" : ", without a chain row"));
    }

    /** Turns off the append-only triggers of a table, as the table's owner may (until the transaction ends). */
    static void disableTriggers(Connection owner, String table) throws SQLException {
        execute(owner, "ALTER TABLE " + table + " DISABLE TRIGGER USER");
    }

    private static void update(Connection owner, String table, String sql, String eventIdentifier)
            throws SQLException {
        disableTriggers(owner, table);
        try (PreparedStatement statement = owner.prepareStatement(sql)) {
            statement.setString(1, eventIdentifier);
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("tampering changed no row: " + sql);
            }
        }
    }

    private static void execute(Connection owner, String sql) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            statement.execute(sql);
        }
    }

    static long single(Connection owner, String sql) throws SQLException {
        try (Statement statement = owner.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
