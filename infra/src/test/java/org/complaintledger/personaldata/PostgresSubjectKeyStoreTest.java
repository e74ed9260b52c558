package org.complaintledger.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        // Threads of its own: on a one-thread common pool (JDK 25, 2 CPUs) the two would run in turn, not race.
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            CompletableFuture<SecretKey> one = CompletableFuture.supplyAsync(() -> awaitThen(start, subject), threads);
            CompletableFuture<SecretKey> two = CompletableFuture.supplyAsync(() -> awaitThen(start, subject), threads);
            start.countDown();

            assertThat(one.join().getEncoded()).isEqualTo(two.join().getEncoded()).hasSize(32);
        }
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
        // The key made and committed first: the sealer below only reads it, so what holds the erasure back is the
        // sealer's lock on the row, not a row it is still inserting.
        inTransaction(() -> keys.keyForSealing(subject));
        CompletableFuture<Integer> sealing = new CompletableFuture<>();
        CountDownLatch commit = new CountDownLatch(1);
        // Threads of its own: on JDK 25 with 2 CPUs the common pool has one thread, and the erasure would queue
        // behind the blocked sealer instead of running beside it.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> sealer = CompletableFuture.runAsync(() -> inTransaction(() -> {
                keys.keyForSealing(subject);
                sealing.complete(backendPid());
                try {
                    return commit.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }), threads);
            int sealerPid = sealing.get(30, TimeUnit.SECONDS);

            CompletableFuture<Integer> erasing = new CompletableFuture<>();
            CompletableFuture<Boolean> erasure = CompletableFuture.supplyAsync(() -> inTransaction(() -> {
                erasing.complete(backendPid());
                return keys.destroy(subject);
            }), threads);
            int erasurePid = erasing.get(30, TimeUnit.SECONDS);
            // Stops early if the erasure ends without waiting, so that fails at once rather than after the timeout.
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> erasure.isDone() || waitsForALockOfTheKeyTable(erasurePid, sealerPid));
            assertThat(erasure).as("erasure while the sealing transaction is open").isNotDone();

            commit.countDown();
            sealer.join();
            assertThat(erasure.get(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            commit.countDown(); // after a failure too, so the sealer does not hold the threads for its 30 s
            threads.close();
        }
        assertThat(keys.keyForOpening(subject)).isEmpty();
    }

    /** Inside a transaction: its connection's backend, as PostgreSQL's lock views name it. */
    private int backendPid() {
        return jdbc.queryForObject("SELECT pg_backend_pid()", Integer.class);
    }

    /** Whether backend {@code waiter}, in a statement on data_subject_key, waits for a lock {@code holder} holds. */
    private boolean waitsForALockOfTheKeyTable(int waiter, int holder) {
        return jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND wait_event_type = 'Lock' "
                + "AND query LIKE '%data_subject_key%' AND ? = ANY (pg_blocking_pids(pid))", Integer.class,
                waiter, holder) == 1;
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
