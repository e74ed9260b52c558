package org.complaintledger.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a copy of the database gives away: the key table read with plain SQL, as from a pg_dump, opens no sealed
 * value without the key-encryption key, which the embedded default keeps in a file for its owner only.
 */
@LedgerTest
class KeyTableDumpTest {

    private static final String EVENT = "event-" + UUID.randomUUID();
    private static final String PATH = "complainant.residentName";
    private static final String DATA_DIRECTORY = "complaint-ledger.embedded-postgres.data-directory";

    @Autowired
    PostgresSubjectKeyStore keys;

    @Autowired
    KeyEncryptionKeys keks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Environment environment;

    private final PersonalDataCipher cipher = new PersonalDataCipher(new SecureRandom());
    private final String subject = "resident-" + UUID.randomUUID();

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    private record Dumped(byte[] key, String kekId) {
    }

    private Dumped dumpedRow() {
        return jdbc.queryForObject("SELECT key, kek_id FROM data_subject_key WHERE subject_id = ?",
                (row, n) -> new Dumped(row.getBytes(1), row.getString(2)), subject);
    }

    @Test
    void theStoredKeyOpensNothingWithoutTheKeyEncryptionKey() {
        SecretKey key = inTransaction(() -> keys.keyForSealing(subject));
        PersonalDataCipher.Sealed sealed = PersonalDataCipher.parse(
                cipher.seal(key, subject, EVENT, PATH, "Zélie Quorndon-Smythe")).orElseThrow();

        Dumped dumped = dumpedRow();

        assertThat(dumped.kekId()).isEqualTo(keks.current());
        assertThat(dumped.key()).hasSize(KeyEncryptionKeys.WRAPPED_BYTES);
        // Every AES-256 key the stored bytes could be read as, at every offset: none opens the value.
        for (int offset = 0; offset + 32 <= dumped.key().length; offset++) {
            SecretKey guess = new SecretKeySpec(Arrays.copyOfRange(dumped.key(), offset, offset + 32), "AES");
            assertThatThrownBy(() -> cipher.open(guess, sealed, EVENT, PATH)).isInstanceOf(SealedValueCorrupt.class);
        }
        // With the key-encryption key the same bytes do open it: the KEK, and only it, is missing from a dump.
        SecretKey unwrapped = keks.unwrap(subject, new KeyEncryptionKeys.Wrapped(dumped.kekId(), dumped.key()));
        assertThat(cipher.open(unwrapped, sealed, EVENT, PATH)).isEqualTo("Zélie Quorndon-Smythe");
    }

    @Test
    void anErasureDestroysTheWrappedKeySoEvenTheKekOpensNothing() {
        inTransaction(() -> keys.keyForSealing(subject));

        assertThat(inTransaction(() -> keys.destroy(subject))).isTrue();

        assertThat(dumpedRow().key()).isNull();
        assertThat(keys.keyForOpening(subject)).isEmpty();
    }

    @Test
    void theEmbeddedDefaultKeepsItsKeyEncryptionKeyForItsOwnerOnly() throws Exception {
        assumeTrue(environment.containsProperty(DATA_DIRECTORY), "with Docker, tests use a container and a KEK file");
        Path file = Path.of(environment.getRequiredProperty(DATA_DIRECTORY))
                .resolve(KeyEncryptionKeySources.GENERATED_FILE);

        assertThat(keks.current()).isEqualTo(KeyEncryptionKeySources.GENERATED_ID);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
