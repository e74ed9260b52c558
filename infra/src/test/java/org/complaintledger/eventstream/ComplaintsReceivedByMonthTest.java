package org.complaintledger.eventstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.util.SortedMap;
import java.util.TreeMap;
import org.complaintledger.eventstream.example.ComplaintsReceivedByMonth;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.testsupport.LedgerPostgresInitializer;
import org.complaintledger.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * The example consumer's report, built from the topic alone, equals the ledger's own read model of the same complaints
 * (case_summary: channel and received_at of every complaint logged), even after a replay has put every event on the
 * topic twice. Admission runs on demand only here, so the stream's publisher is what admits the events.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        // Admission on demand only: the publisher must ask for it itself, or nothing would ever be published.
        properties = "complaint-ledger.proof.admission-interval=0")
@ContextConfiguration(initializers = {LedgerPostgresInitializer.class, TestAccounts.class, KafkaBroker.Running.class})
@DirtiesContext
class ComplaintsReceivedByMonthTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaBroker broker;

    @Test
    void theReportFromTheTopicEqualsTheLedgersOwnFigures() {
        LedgerClient officer = new LedgerClient(port);
        StreamedComplaints complaints = new StreamedComplaints(officer);
        // 23:30 UTC on 31 March 2026 is 00:30 on 1 April in London (BST from 29 March): April's.
        complaints.logged("2026-03-31T23:30:00Z", "PHONE", "Jo Jones");
        complaints.logged("2026-03-30T10:00:00Z", "PHONE", "Kit Kemp");
        complaints.loggedAndAcknowledged("2026-03-02T10:00:00Z", "EMAIL", "Lou Lane");
        complaints.logged("2026-01-15T10:00:00Z", "LETTER", "Max Moss");
        complaints.logged("2026-01-16T10:00:00Z", "LETTER", "Ned Nash");
        complaints.loggedAndAcknowledged("2025-12-31T23:59:00Z", "ONLINE_FORM", "Olly Ord");
        int logged = 6;

        LedgerClient.Reply replay = officer.post("/api/event-stream/replay?fromPosition=0", null);
        assertThat(replay.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode state = officer.get("/api/event-stream").body();
            Long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
            assertThat(state.path("nextPosition").asLong()).isEqualTo(events);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM case_summary", Long.class)).isEqualTo(logged);
        });

        SortedMap<YearMonth, SortedMap<String, Long>> fromTopic = ComplaintsReceivedByMonth.read(
                broker.bootstrapServers(), KafkaBroker.TOPIC, Duration.ofSeconds(30));

        SortedMap<YearMonth, SortedMap<String, Long>> ledgers = new TreeMap<>();
        jdbc.query("SELECT to_char(received_at AT TIME ZONE 'Europe/London', 'YYYY-MM'), channel, count(*) "
                + "FROM case_summary GROUP BY 1, 2", rs -> {
                    ledgers.computeIfAbsent(YearMonth.parse(rs.getString(1)), m -> new TreeMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                });
        assertThat(fromTopic).isEqualTo(ledgers);
        assertThat(fromTopic.values().stream().flatMap(byChannel -> byChannel.values().stream())
                .mapToLong(Long::longValue).sum()).as("each complaint counted once, though published twice")
                .isEqualTo(logged);
        assertThat(fromTopic).containsKeys(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 3),
                YearMonth.of(2026, 4));
    }
}
