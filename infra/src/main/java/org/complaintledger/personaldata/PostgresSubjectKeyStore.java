package org.complaintledger.personaldata;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data subjects' keys in the PostgreSQL table {@code data_subject_key}, joining the caller's transaction. A
 * destroyed key is set to NULL and its row kept, so a forgotten subject can never be given a new key (a trigger
 * refuses it too). Keys for opening are cached in memory: a destroyed key is evicted here when the erasure commits;
 * another process that shares the database serves it from its cache until {@code keyCacheTtl} at most.
 */
public class PostgresSubjectKeyStore implements SubjectKeyStore {

    private static final int KEY_BYTES = 32;
    private static final Duration FOREVER = Duration.ofDays(36_500);
    private static final String LOCK_KEY = "SELECT key FROM data_subject_key WHERE subject_id = ? FOR SHARE";
    private static final String LOCK_OR_CREATE_KEY = """
            WITH held AS (SELECT key FROM data_subject_key WHERE subject_id = ? FOR SHARE),
                 created AS (INSERT INTO data_subject_key (subject_id, key)
                             SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM held)
                             ON CONFLICT (subject_id) DO NOTHING
                             RETURNING key)
            SELECT key FROM held UNION ALL SELECT key FROM created""";

    /** A subject's key as last read; {@code key} null once destroyed. */
    private record Held(SecretKey key) {
    }

    private final JdbcTemplate jdbc;
    private final SecureRandom random;
    private final Duration keyCacheTtl;
    private final BoundedCache<String, Held> opened;

    public PostgresSubjectKeyStore(JdbcTemplate jdbc, SecureRandom random, Duration keyCacheTtl, int maxCachedKeys,
                                   Clock clock) {
        this.jdbc = jdbc;
        this.random = random;
        this.keyCacheTtl = keyCacheTtl;
        this.opened = new BoundedCache<>(maxCachedKeys, clock);
    }

    /**
     * Reads the key FOR SHARE, so an erasure (an UPDATE of the row) waits until the sealing transaction ends and a
     * sealing transaction that comes after an erasure sees it; on first use creates it in the same statement. Never
     * cached: an erasure in another process must stop new personal data at once.
     */
    @Override
    public SecretKey keyForSealing(String dataSubjectId) {
        byte[] fresh = new byte[KEY_BYTES];
        random.nextBytes(fresh);
        List<byte[]> rows = reachingTheKeys(() -> {
            List<byte[]> found = jdbc.query(LOCK_OR_CREATE_KEY, (row, n) -> row.getBytes(1), dataSubjectId,
                    dataSubjectId, fresh);
            // Empty when a concurrent first use inserted the key after this statement's snapshot: it waited for that
            // transaction to commit (ON CONFLICT), so the key can be read now.
            return found.isEmpty() ? jdbc.query(LOCK_KEY, (row, n) -> row.getBytes(1), dataSubjectId) : found;
        });
        if (rows.isEmpty()) {
            throw new IllegalStateException("no key row for data subject '" + dataSubjectId + "' after creating it");
        }
        if (rows.getFirst() == null) {
            throw DataSubjectErased.personalDataRefused(dataSubjectId);
        }
        return aes(rows.getFirst());
    }

    @Override
    public Optional<SecretKey> keyForOpening(String dataSubjectId) {
        Held held = opened.get(dataSubjectId).orElseGet(() -> {
            List<Held> rows = reachingTheKeys(() -> jdbc.query("SELECT key FROM data_subject_key WHERE subject_id = ?",
                    (row, n) -> new Held(row.getBytes(1) == null ? null : aes(row.getBytes(1))), dataSubjectId));
            if (rows.isEmpty()) {
                throw new IllegalStateException("the ledger holds data sealed for data subject '" + dataSubjectId
                        + "' but the key store never had a key for them: it does not belong to this ledger");
            }
            Held read = rows.getFirst();
            opened.put(dataSubjectId, read, read.key() == null ? FOREVER : keyCacheTtl);
            return read;
        });
        return Optional.ofNullable(held.key());
    }

    /** An atomic upsert: of two erasures racing, the second waits on the row and then changes nothing. */
    @Override
    public boolean destroy(String dataSubjectId) {
        int destroyed = reachingTheKeys(() -> jdbc.update(
                "INSERT INTO data_subject_key (subject_id, key, destroyed_at) VALUES (?, NULL, now()) "
                        + "ON CONFLICT (subject_id) DO UPDATE SET key = NULL, destroyed_at = now() "
                        + "WHERE data_subject_key.destroyed_at IS NULL", dataSubjectId));
        opened.evict(dataSubjectId);
        // A reader may cache the old key between the eviction above and the commit; this eviction comes after both.
        AfterCommit.run(() -> opened.evict(dataSubjectId));
        return destroyed == 1;
    }

    private static SecretKey aes(byte[] key) {
        return new SecretKeySpec(key, "AES");
    }

    private static <T> T reachingTheKeys(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw new KeyStoreUnavailable("the data subjects' keys (table data_subject_key) cannot be reached: "
                    + e.getMostSpecificCause().getMessage(), e);
        }
    }
}
