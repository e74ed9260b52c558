package org.complaintledger.personaldata;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.SecretKey;
import org.complaintledger.personaldata.KeyEncryptionKeys.Wrapped;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wraps every live subject key with the current key-encryption key: keys stored plain before wrapping began (the
 * upgrade) and keys wrapped with an older one (a rotation). Each key is replaced only if its row still holds the
 * bytes read, so a concurrent erasure always wins; a key whose KEK is no longer configured stops the run loudly.
 */
public class SubjectKeyWrapping {

    private static final int BATCH = 500;
    private static final String NOT_CURRENT = """
            SELECT subject_id, key, kek_id FROM data_subject_key
            WHERE key IS NOT NULL AND kek_id IS DISTINCT FROM ? AND subject_id > ?
            ORDER BY subject_id LIMIT ?""";
    private static final String REPLACE = """
            UPDATE data_subject_key SET key = ?, kek_id = ?
            WHERE subject_id = ? AND key = ? AND destroyed_at IS NULL""";

    private record Row(String subjectId, byte[] key, String kekId) {
    }

    private final JdbcTemplate jdbc;
    private final KeyEncryptionKeys keks;

    public SubjectKeyWrapping(JdbcTemplate jdbc, KeyEncryptionKeys keks) {
        this.jdbc = jdbc;
        this.keks = keks;
    }

    /** @return how many keys were (re-)wrapped */
    public int wrapAllWithCurrent() {
        int wrapped = 0;
        String after = "";
        for (List<Row> rows = batchAfter(after); !rows.isEmpty(); rows = batchAfter(after)) {
            List<Object[]> replacements = rows.stream().map(this::replacement).toList();
            wrapped += Arrays.stream(jdbc.batchUpdate(REPLACE, replacements)).sum();
            after = rows.getLast().subjectId();
        }
        return wrapped;
    }

    /** Live keys by the id of the KEK that wraps them ({@code "plain"} for keys not wrapped yet). */
    public Map<String, Long> liveKeysByKek() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("SELECT coalesce(kek_id, 'plain'), count(*) FROM data_subject_key WHERE key IS NOT NULL "
                + "GROUP BY kek_id", row -> {
                    counts.put(row.getString(1), row.getLong(2));
                });
        return counts;
    }

    private List<Row> batchAfter(String subjectId) {
        return jdbc.query(NOT_CURRENT, (row, n) -> new Row(row.getString(1), row.getBytes(2), row.getString(3)),
                keks.current(), subjectId, BATCH);
    }

    private Object[] replacement(Row row) {
        SecretKey key = keks.stored(row.subjectId(), row.key(), row.kekId());
        Wrapped wrapped = keks.wrap(row.subjectId(), key.getEncoded());
        return new Object[] {wrapped.bytes(), wrapped.kekId(), row.subjectId(), row.key()};
    }
}
