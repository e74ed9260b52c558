package org.complaintledger.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.crypto.SecretKey;
import org.complaintledger.testsupport.LedgerTest;
import org.complaintledger.testsupport.OwnerDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The PostgreSQL key store: one key per subject, destroyed for good, erasures and first uses safe when they race. */
@LedgerTest
class PostgresSubjectKeyStoreTest {

    @Autowired
    PostgresSubjectKeyStore keys;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KeyEncryptionKeys keks;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationContext context;

    private final String subject = "subject-" + UUID.randomUUID();

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    @Test
    void aForgottenSubjectsKeyIsGoneAndNeverComesBack() {
        SecretKey key = inTransaction(() -> keys.keyForSealing(subject));
        assertThat(keys.keyForOpening(subject)).contains(key);

        assertThat(inTransaction(() -> keys.destroy(subject))).isTrue();

        assertThat(keys.keyForOpening(subject)).isEmpty();
        assertThat(inTransaction(() -> keys.destroy(subject))).as("a second erasure").isFalse();
        assertThatThrownBy(() -> inTransaction(() -> keys.keyForSealing(subject)))
                .isInstanceOf(DataSubjectErased.class).hasMessageContaining(subject);
        assertThat(jdbc.queryForObject("SELECT key IS NULL AND destroyed_at IS NOT NULL FROM data_subject_key "
                + "WHERE subject_id = ?", Boolean.class, subject)).isTrue();
    }

    @Test
    void aKeyForSealingUnwrappedOnceIsTheStoredKeyEveryTimeAndFollowsARewrappedRow() {
        SecretKey first = inTransaction(() -> keys.keyForSealing(subject));
        SecretKey again = inTransaction(() -> keys.keyForSealing(subject));
        assertThat(again.getEncoded()).isEqualTo(first.getEncoded());
        assertThat(keys.keyForOpening(subject)).hasValueSatisfying(
                opened -> assertThat(opened.getEncoded()).isEqualTo(first.getEncoded()));

        // the row wrapped again (new IV, new bytes) under the same KEK: read and unwrapped afresh, the same key
        KeyEncryptionKeys.Wrapped rewrapped = keks.wrap(subject, first.getEncoded());
        new JdbcTemplate(OwnerDatabase.of(context)).update("UPDATE data_subject_key SET key = ?, kek_id = ? "
                + "WHERE subject_id = ?", rewrapped.bytes(), rewrapped.kekId(), subject);
        assertThat(inTransaction(() -> keys.keyForSealing(subject)).getEncoded()).isEqualTo(first.getEncoded());

        inTransaction(() -> keys.destroy(subject));
        assertThatThrownBy(() -> inTransaction(() -> keys.keyForSealing(subject)))
                .isInstanceOf(DataSubjectErased.class);
    }

    @Test
    void aSubjectForgottenBeforeTheirFirstKeyNeverGetsOne() {
        assertThat(inTransaction(() -> keys.destroy(subject))).isTrue();

        assertThatThrownBy(() -> inTransaction(() -> keys.keyForSealing(subject))).isInstanceOf(DataSubjectErased.class);
    }

    @Test
    void theDatabaseOnlyLetsAKeyBeDestroyed() {
        inTransaction(() -> keys.keyForSealing(subject));
        inTransaction(() -> keys.destroy(subject));
        JdbcTemplate owner = new JdbcTemplate(OwnerDatabase.of(context));

        for (String change : new String[] {
                "UPDATE data_subject_key SET key = decode(repeat('00', 32), 'hex'), destroyed_at = NULL WHERE subject_id = ?",
                "DELETE FROM data_subject_key WHERE subject_id = ?"}) {
            // as the table's owner: the application's runtime role may not even DELETE (RuntimeRoleTest)
            assertThatThrownBy(() -> owner.update(change, subject)).hasMessageContaining("can only be destroyed");
        }
    }

    @Test
    void firstUsesRacingEachOtherGetTheSameKey() {
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<SecretKey> one = CompletableFuture.supplyAsync(() -> awaitThen(start, subject));
        CompletableFuture<SecretKey> two = CompletableFuture.supplyAsync(() -> awaitThen(start, subject));
        start.countDown();

        assertThat(one.join().getEncoded()).isEqualTo(two.join().getEncoded()).hasSize(32);
    }

    private SecretKey awaitThen(CountDownLatch start, String subjectId) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return inTransaction(() -> keys.keyForSealing(subjectId));
    }

    @Test
    void anErasureWaitsForATransactionStillSealingWithTheKey() throws Exception {
        CountDownLatch sealing = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> sealer = CompletableFuture.runAsync(() -> inTransaction(() -> {
            keys.keyForSealing(subject);
            sealing.countDown();
            try {
                return commit.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        assertThat(sealing.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Boolean> erasure = CompletableFuture.supplyAsync(() -> inTransaction(() -> keys.destroy(subject)));
        // The sleep is the test: nothing completes to await, the erasure must still be blocked after a while.
        Thread.sleep(500);
        assertThat(erasure).as("erasure while the sealing transaction is open").isNotDone();

        commit.countDown();
        sealer.join();
        assertThat(erasure.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(keys.keyForOpening(subject)).isEmpty();
    }

    @Test
    void anUnreachableKeyTableIsKeyStoreUnavailable() {
        PostgresSubjectKeyStore unreachable = new PostgresSubjectKeyStore(
                new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2")),
                keks, new SecureRandom(), Duration.ofMinutes(1), 10, Clock.systemUTC());

        assertThatThrownBy(() -> unreachable.keyForSealing(subject)).isInstanceOf(KeyStoreUnavailable.class)
                .hasMessageContaining("data_subject_key");
        assertThatThrownBy(() -> unreachable.keyForOpening(subject)).isInstanceOf(KeyStoreUnavailable.class);
        assertThatThrownBy(() -> unreachable.destroy(subject)).isInstanceOf(KeyStoreUnavailable.class);
    }
}
