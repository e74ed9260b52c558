package org.complaintledger.reports.asat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.readmodel.SqlTables;
import org.complaintledger.timescalecompliance.TimescaleComplianceProjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Reports as at a past instant are rebuilt two at a time: a third, while two are being rebuilt, is refused as busy
 * (503 with Retry-After over HTTP) rather than left to slow every other reader; once one is done, the next goes.
 */
class LedgerAsAtTest {

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    private static final Instant AS_AT = Instant.parse("2025-06-01T00:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2024, 4, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);

    /** Threads of its own: the common pool may have one thread on a two-core machine. */
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    private final LedgerAsAt ledger = new LedgerAsAt(
            List.of(new TimescaleComplianceProjection(new SqlTables(database.jdbc()))), new InMemoryEventStorageEngine(),
            database.jdbc(), new DataSourceTransactionManager(database.jdbc().getDataSource()));

    @Test
    void aThirdRebuildWhileTwoAreUnderWayIsRefusedAsBusyAndTheNextAfterOneEndsGoes() throws Exception {
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Long>> underWay = List.of(rebuilding(inside, release), rebuilding(inside, release));
        assertThat(inside.await(30, TimeUnit.SECONDS)).as("two rebuilds under way").isTrue();

        assertThatThrownBy(() -> ledger.at(AS_AT, FROM, TO, jdbc -> 0L)).isInstanceOf(RebuildsBusy.class)
                .hasMessageContaining("try again in " + RebuildsBusy.RETRY_AFTER_SECONDS + " seconds");

        release.countDown();
        for (CompletableFuture<Long> rebuild : underWay) {
            assertThat(rebuild.get(30, TimeUnit.SECONDS)).isZero();
        }
        assertThat(ledger.at(AS_AT, FROM, TO, this::rows).report()).isZero();
    }

    /** A rebuild whose report waits for {@code release}, having said it is under way. */
    private CompletableFuture<Long> rebuilding(CountDownLatch inside, CountDownLatch release) {
        return CompletableFuture.supplyAsync(() -> ledger.at(AS_AT, FROM, TO, jdbc -> {
            inside.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return rows(jdbc);
        }).report(), threads);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private long rows(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM timescale_compliance", Long.class);
    }
}
