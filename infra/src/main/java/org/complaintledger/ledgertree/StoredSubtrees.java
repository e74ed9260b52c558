package org.complaintledger.ledgertree;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.complaintledger.proof.MerkleTree;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hashes of the tree's perfect subtrees as stored in {@code ledger_subtree}. A computation over them (a root, a
 * proof, the frontier to resume admission from) is {@link #read run} twice: once to learn which subtrees it needs
 * (they depend on sizes and indices only, never on hashes), then over those subtrees read in one statement. So a
 * proof costs one round trip, not one per subtree.
 *
 * <p>Perfect subtrees never change once complete, so those of the upper levels, which every proof of a large tree
 * shares, are kept in memory (bounded). Checks of the stored tree ({@link #readStored}) bypass that memory.
 */
final class StoredSubtrees {

    /** A subtree of 2^8 leaves and above is cached: few of them, and each in many proofs. */
    static final int CACHED_FROM_LEVEL = 8;
    private static final int MAX_CACHED = 65_536;
    private static final byte[] UNREAD = new byte[MerkleTree.HASH_BYTES];

    record Position(int level, long index) {
    }

    private final JdbcTemplate jdbc;
    private final Map<Position, byte[]> upperLevels = new ConcurrentHashMap<>();

    StoredSubtrees(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code computation} over the stored subtrees it needs, upper levels from memory where read before. */
    <T> T read(Function<MerkleTree.Subtrees, T> computation) {
        return run(computation, true);
    }

    /** As {@link #read}, every subtree read from the database as it is stored now. */
    <T> T readStored(Function<MerkleTree.Subtrees, T> computation) {
        return run(computation, false);
    }

    private <T> T run(Function<MerkleTree.Subtrees, T> computation, boolean cached) {
        Set<Position> wanted = new LinkedHashSet<>();
        computation.apply((level, index) -> {
            Position position = new Position(level, index);
            if (!cached || !upperLevels.containsKey(position)) {
                wanted.add(position);
            }
            return UNREAD;
        });
        Map<Position, byte[]> found = fetch(wanted, cached);
        return computation.apply((level, index) -> {
            Position position = new Position(level, index);
            byte[] hash = found.get(position);
            if (hash == null && cached) {
                hash = upperLevels.get(position);
            }
            if (hash == null) {
                throw new TreeInconsistent("the tree's perfect subtree of 2^" + level + " leaves from leaf "
                        + (index << level) + " is not stored");
            }
            return hash;
        });
    }

    /** Reads these subtrees; what is read for a cached computation is remembered, what a check reads is not. */
    private Map<Position, byte[]> fetch(Collection<Position> positions, boolean remember) {
        Map<Position, byte[]> found = new HashMap<>();
        SubtreeRows.read(jdbc, positions, Position::level, Position::index, (level, index, hash) -> {
            Position position = new Position(level, index);
            found.put(position, hash);
            if (remember) {
                remember(position, hash);
            }
        });
        return found;
    }

    private void remember(Position position, byte[] hash) {
        if (position.level() < CACHED_FROM_LEVEL) {
            return;
        }
        if (upperLevels.size() >= MAX_CACHED) {
            upperLevels.clear(); // start again rather than track use: the upper levels are read back in a few proofs
        }
        upperLevels.put(position, hash);
    }
}
