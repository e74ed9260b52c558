package org.complaintledger.selfcheck;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stored perfect subtree hashes ({@code ledger_subtree}), read one level at a time in order, each level through a
 * cursor of its own, all open at once in the self-check's transaction: the tree rebuilt leaf by leaf completes level
 * k's subtrees in index order, so each is compared with the next row of level k as it completes, and no level is ever
 * held in memory.
 */
final class SubtreeLevels implements AutoCloseable {

    private static final HexFormat HEX = HexFormat.of();
    private static final int FETCH = 4_096;

    /** One level's rows, in subtree_index order. */
    static final class Level implements AutoCloseable {

        final int level;
        private final PreparedStatement statement;
        private final ResultSet rows;
        private boolean present;
        private long index;
        private byte[] hash;

        private Level(Connection connection, int level) throws SQLException {
            this.level = level;
            this.statement = connection.prepareStatement(
                    "SELECT subtree_index, hash FROM ledger_subtree WHERE level = ? ORDER BY subtree_index");
            statement.setInt(1, level);
            // A few thousand rows of 40 bytes a round trip, on every level: a few megabytes in all.
            statement.setFetchSize(FETCH);
            this.rows = statement.executeQuery();
            advance();
        }

        private void advance() throws SQLException {
            present = rows.next();
            if (present) {
                index = rows.getLong(1);
                hash = rows.getBytes(2);
            }
        }

        boolean present() {
            return present;
        }

        long index() {
            return index;
        }

        /** The stored hash of subtree {@code expected} of this level, taken; null when there is none stored. */
        byte[] take(long expected) throws SQLException {
            if (!present || index != expected) {
                return null;
            }
            byte[] taken = hash;
            advance();
            return taken;
        }

        @Override
        public void close() throws SQLException {
            try (statement; rows) {
                // closes both
            }
        }
    }

    private final Connection connection;
    private final Map<Integer, Level> open = new TreeMap<>();

    SubtreeLevels(Connection connection) {
        this.connection = connection;
    }

    Level at(int level) throws SQLException {
        Level cursor = open.get(level);
        if (cursor == null) {
            cursor = new Level(connection, level);
            open.put(level, cursor);
        }
        return cursor;
    }

    /** Compares a subtree the rebuilt tree has just completed with the stored one. */
    void compare(int level, long index, byte[] rebuilt, Findings findings) throws SQLException {
        byte[] stored = at(level).take(index);
        long firstLeaf = index << level;
        if (stored == null) {
            findings.add(new Failure(Failure.Concerns.SUBTREE, null, null, null, null, firstLeaf, null,
                    "the subtree of " + (1L << level) + " leaves from leaf " + firstLeaf + " (level " + level
                            + ", index " + index + ") has no hash in ledger_subtree"));
        } else if (!MessageDigest.isEqual(stored, rebuilt)) {
            findings.add(new Failure(Failure.Concerns.SUBTREE, null, null, null, null, firstLeaf, null,
                    "the subtree of " + (1L << level) + " leaves from leaf " + firstLeaf + " (level " + level
                            + ", index " + index + ") is stored with the hash " + HEX.formatHex(stored)
                            + ", but the tree rebuilt from the leaves has " + HEX.formatHex(rebuilt)));
        }
    }

    /**
     * Stored subtrees the tree of {@code leaves} leaves does not have: the rest of each level read, and any row of a
     * level never read.
     */
    void beyond(long leaves, Findings findings) throws SQLException {
        int highestRead = -1;
        for (Level level : open.values()) {
            highestRead = Math.max(highestRead, level.level);
            while (level.present()) {
                beyond(level.level, level.index(), leaves, findings);
                level.take(level.index());
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT level, subtree_index FROM ledger_subtree "
                + "WHERE level > ? ORDER BY level, subtree_index LIMIT " + Findings.LISTED)) {
            statement.setInt(1, highestRead);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    beyond(rows.getInt(1), rows.getLong(2), leaves, findings);
                }
            }
        }
    }

    private static void beyond(int level, long index, long leaves, Findings findings) {
        long firstLeaf = index << level;
        findings.add(new Failure(Failure.Concerns.SUBTREE, null, null, null, null, firstLeaf, null,
                "ledger_subtree holds a subtree of " + (1L << level) + " leaves from leaf " + firstLeaf + " (level "
                        + level + ", index " + index + "), beyond the tree of " + leaves + " leaves"));
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (Level level : open.values()) {
            try {
                level.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
