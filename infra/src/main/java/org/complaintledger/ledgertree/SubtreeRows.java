package org.complaintledger.ledgertree;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads chosen perfect subtrees of the ledger's tree from {@code ledger_subtree} in one statement, through the caller's
 * {@link JdbcTemplate} (so within its transaction): what every proof is computed from. Subtrees not stored are not
 * answered.
 */
public final class SubtreeRows {

    /** One stored subtree: 2^level leaves from leaf {@code index * 2^level}. */
    @FunctionalInterface
    public interface Found {
        void subtree(int level, long index, byte[] hash);
    }

    private SubtreeRows() {
    }

    public static <T> void read(JdbcTemplate jdbc, Collection<T> wanted, ToIntFunction<T> level, ToLongFunction<T> index,
                                Found found) {
        if (wanted.isEmpty()) {
            return;
        }
        Integer[] levels = wanted.stream().map(level::applyAsInt).toArray(Integer[]::new);
        Long[] indexes = wanted.stream().map(index::applyAsLong).toArray(Long[]::new);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT s.level, s.subtree_index, s.hash "
                    + "FROM unnest(?::int[], ?::bigint[]) AS wanted(level, subtree_index) "
                    + "JOIN ledger_subtree s ON s.level = wanted.level AND s.subtree_index = wanted.subtree_index");
            statement.setArray(1, connection.createArrayOf("int4", levels));
            statement.setArray(2, connection.createArrayOf("int8", indexes));
            return statement;
        }, row -> {
            found.subtree(row.getInt(1), row.getLong(2), row.getBytes(3));
        });
    }
}
