package org.complaintledger.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.provenance.AppendSeals;
import org.complaintledger.provenance.StoredChains;
import org.complaintledger.testsupport.MigratedBefore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first start of this version on a cluster an older ledger left, whose events have no chain rows: before anything
 * is served, every event is chained and sealed (more than one batch of them), its hash recomputes from its stored row,
 * and its record goes on from there; the next start chains nothing more.
 */
class ChainBackfillOnStartTest {

    private static final int RECORDS = 150;
    private static final int EVENTS_EACH = 8;

    @TempDir
    Path home;

    @Test
    void chainsEveryEventStoredBeforeChainsOnTheFirstStart() throws Exception {
        Path dataDirectory = home.resolve("data");
        List<String> records = new ArrayList<>();
        try (EmbeddedPostgres older = DurableEmbeddedPostgres.start(new EmbeddedPostgresProperties(dataDirectory, 0))) {
            JdbcTemplate jdbc = new JdbcTemplate(older.getPostgresDatabase());
            MigratedBefore.migrate(jdbc.getDataSource(), "21");
            List<Object[]> rows = new ArrayList<>();
            for (int r = 0; r < RECORDS; r++) {
                String record = "older-" + UUID.randomUUID();
                records.add(record);
                for (int sequence = 0; sequence < EVENTS_EACH; sequence++) {
                    rows.add(new Object[] {UUID.randomUUID().toString(), record, sequence,
                            "2025-05-13T09:00:00." + String.format("%03d", sequence) + "Z",
                            ("{\"text\":\"step " + sequence + "\"}").getBytes(StandardCharsets.UTF_8)});
                }
            }
            jdbc.batchUpdate("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, "
                    + "type, time_stamp, payload_type, payload, meta_data) VALUES (?, ?, ?, 'InfraTestStream', ?, '"
                    + LedgerProcess.Note.class.getName() + "', ?, '{}')", rows);
        }
        int stored = RECORDS * EVENTS_EACH;

        try (LedgerProcess ledger = LedgerProcess.startEmbedded(dataDirectory)) {
            AppendSeals seals = ledger.context().getBean(AppendSeals.class);
            StoredChains.Verdict verdict = StoredChains.verify(ledger.jdbc(), seals);
            assertThat(verdict.problems()).isEmpty();
            assertThat(verdict.events()).isEqualTo(stored);

            String first = records.getFirst();
            ledger.context().getBean(EventStore.class).publish(new GenericDomainEventMessage<>("InfraTestStream", first,
                    EVENTS_EACH, new LedgerProcess.Note("appended after the upgrade")));
            assertThat(StoredChains.verify(ledger.jdbc(), seals, first).problems()).isEmpty();
        }

        try (LedgerProcess again = LedgerProcess.startEmbedded(dataDirectory)) {
            StoredChains.Verdict verdict = StoredChains.verify(again.jdbc(), again.context().getBean(AppendSeals.class));
            assertThat(verdict.problems()).isEmpty();
            assertThat(verdict.events()).isEqualTo(stored + 1);
            assertThat(again.jdbc().queryForObject("SELECT count(*) FROM event_chain", Long.class)).isEqualTo(stored + 1);
        }
    }
}
