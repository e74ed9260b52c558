package org.complaintledger.personaldata;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import javax.crypto.SecretKey;
import org.complaintledger.personaldata.KeyEncryptionKeys.Wrapped;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data subjects' keys in the PostgreSQL table {@code data_subject_key}, joining the caller's transaction, each
 * wrapped with a key-encryption key held outside the database ({@link KeyEncryptionKeys}) and stored with that key's
 * id; a key stored plain before wrapping began ({@code kek_id} NULL) is used as it is until start-up wraps it
 * ({@link SubjectKeyWrapping}). A destroyed key is set to NULL and its row kept, so a forgotten subject can never be
 * given a new key (a trigger refuses it too). Keys for opening are cached unwrapped in memory, each tagged with the
 * erasure generation it was read at ({@link ErasureNotices}): an erasure by any process sharing the database makes
 * every key cached before it untrusted as soon as it is heard, and the erasure is answered once every process has
 * heard it. Without notices (a store made alone, as in tests) an erasure elsewhere is seen after {@code keyCacheTtl}.
 */
public class PostgresSubjectKeyStore implements SubjectKeyStore {

    private static final Duration FOREVER = Duration.ofDays(36_500);
    private static final String LOCK_KEY = "SELECT key, kek_id FROM data_subject_key WHERE subject_id = ? FOR SHARE";
    private static final String LOCK_OR_CREATE_KEY = """
            WITH held AS (SELECT key, kek_id FROM data_subject_key WHERE subject_id = ? FOR SHARE),
                 created AS (INSERT INTO data_subject_key (subject_id, key, kek_id)
                             SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM held)
                             ON CONFLICT (subject_id) DO NOTHING
                             RETURNING key, kek_id)
            SELECT key, kek_id FROM held UNION ALL SELECT key, kek_id FROM created""";

    /** A row's key as stored: wrapped with {@code kekId}, or plain when that is null; {@code key} null once destroyed. */
    private record Stored(byte[] key, String kekId) {

        static Stored read(ResultSet row, int n) throws SQLException {
            return new Stored(row.getBytes("key"), row.getString("kek_id"));
        }
    }

    /** A subject's key as last read at an erasure generation; {@code key} null once destroyed. */
    /** A key as unwrapped from its stored bytes: the same bytes under the same KEK always unwrap to the same key. */
    private record Unwrapped(String kekId, byte[] stored, SecretKey key) {

        boolean of(Stored row) {
            return kekId.equals(row.kekId()) && java.util.Arrays.equals(stored, row.key());
        }
    }

    private record Held(SecretKey key, long generation) {
    }

    private final JdbcTemplate jdbc;
    private final KeyEncryptionKeys keks;
    private final SecureRandom random;
    private final Duration keyCacheTtl;
    private final BoundedCache<String, Held> opened;
    /**
     * Keys unwrapped for sealing, by subject: the row is still read FOR SHARE by every sealing transaction (so an
     * erasure anywhere stops new personal data at once), only its unwrapping (AES-GCM under the KEK) is skipped when
     * the row holds the same bytes as last time. Evicted on erasure here, and kept no longer than opened keys.
     */
    private final BoundedCache<String, Unwrapped> sealing;
    private final ErasureNotices notices;

    public PostgresSubjectKeyStore(JdbcTemplate jdbc, KeyEncryptionKeys keks, SecureRandom random,
                                   Duration keyCacheTtl, int maxCachedKeys, Clock clock) {
        this(jdbc, keks, random, keyCacheTtl, maxCachedKeys, clock, null);
    }

    PostgresSubjectKeyStore(JdbcTemplate jdbc, KeyEncryptionKeys keks, SecureRandom random, Duration keyCacheTtl,
                            int maxCachedKeys, Clock clock, ErasureNotices notices) {
        this.notices = notices;
        this.jdbc = jdbc;
        this.keks = keks;
        this.random = random;
        this.keyCacheTtl = keyCacheTtl;
        this.opened = new BoundedCache<>(maxCachedKeys, clock);
        this.sealing = new BoundedCache<>(maxCachedKeys, clock);
    }

    /**
     * Reads the key FOR SHARE, so an erasure (an UPDATE of the row) waits until the sealing transaction ends and a
     * sealing transaction that comes after an erasure sees it; on first use creates it in the same statement. Never
     * cached: an erasure in another process must stop new personal data at once.
     */
    @Override
    public SecretKey keyForSealing(String dataSubjectId) {
        byte[] fresh = new byte[KeyEncryptionKeys.KEY_BYTES];
        random.nextBytes(fresh);
        Wrapped wrapped = keks.wrap(dataSubjectId, fresh);
        List<Stored> rows = reachingTheKeys(() -> {
            List<Stored> found = jdbc.query(LOCK_OR_CREATE_KEY, Stored::read, dataSubjectId, dataSubjectId,
                    wrapped.bytes(), wrapped.kekId());
            // Empty when a concurrent first use inserted the key after this statement's snapshot: it waited for that
            // transaction to commit (ON CONFLICT), so the key can be read now.
            return found.isEmpty() ? jdbc.query(LOCK_KEY, Stored::read, dataSubjectId) : found;
        });
        if (rows.isEmpty()) {
            throw new IllegalStateException("no key row for data subject '" + dataSubjectId + "' after creating it");
        }
        if (rows.getFirst().key() == null) {
            throw DataSubjectErased.personalDataRefused(dataSubjectId);
        }
        Stored row = rows.getFirst();
        if (row.kekId() == null) {
            return unwrapped(dataSubjectId, row);
        }
        return sealing.get(dataSubjectId).filter(cached -> cached.of(row)).map(Unwrapped::key).orElseGet(() -> {
            SecretKey key = unwrapped(dataSubjectId, row);
            sealing.put(dataSubjectId, new Unwrapped(row.kekId(), row.key().clone(), key), keyCacheTtl);
            return key;
        });
    }

    @Override
    public Optional<SecretKey> keyForOpening(String dataSubjectId) {
        OptionalLong trusted = notices == null ? OptionalLong.of(0) : notices.generation();
        if (trusted.isEmpty()) {
            // Erasures elsewhere may have gone unheard: nothing cached is trusted, nothing read is kept.
            return Optional.ofNullable(read(dataSubjectId, -1).key());
        }
        long generation = trusted.getAsLong();
        Held held = opened.get(dataSubjectId).filter(cached -> cached.generation() == generation).orElseGet(() -> {
            Held read = read(dataSubjectId, generation);
            opened.put(dataSubjectId, read, read.key() == null ? FOREVER : keyCacheTtl);
            return read;
        });
        return Optional.ofNullable(held.key());
    }

    private Held read(String dataSubjectId, long generation) {
        List<Stored> rows = reachingTheKeys(() -> jdbc.query(
                "SELECT key, kek_id FROM data_subject_key WHERE subject_id = ?", Stored::read, dataSubjectId));
        if (rows.isEmpty()) {
            throw new IllegalStateException("the ledger holds data sealed for data subject '" + dataSubjectId
                    + "' but the key store never had a key for them: it does not belong to this ledger");
        }
        return new Held(rows.getFirst().key() == null ? null : unwrapped(dataSubjectId, rows.getFirst()), generation);
    }

    /** An atomic upsert: of two erasures racing, the second waits on the row and then changes nothing. */
    @Override
    public boolean destroy(String dataSubjectId) {
        int destroyed = reachingTheKeys(() -> jdbc.update(
                "INSERT INTO data_subject_key (subject_id, key, destroyed_at) VALUES (?, NULL, now()) "
                        + "ON CONFLICT (subject_id) DO UPDATE SET key = NULL, destroyed_at = now() "
                        + "WHERE data_subject_key.destroyed_at IS NULL", dataSubjectId));
        opened.evict(dataSubjectId);
        sealing.evict(dataSubjectId);
        long generation = destroyed == 1 && notices != null ? notices.erased(dataSubjectId) : -1;
        // A reader may cache the old key between the eviction above and the commit; this eviction comes after both.
        AfterCommit.run(() -> {
            opened.evict(dataSubjectId);
            sealing.evict(dataSubjectId);
            if (generation >= 0) {
                notices.committed(generation);
            }
        });
        return destroyed == 1;
    }

    private SecretKey unwrapped(String dataSubjectId, Stored stored) {
        return keks.stored(dataSubjectId, stored.key(), stored.kekId());
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
