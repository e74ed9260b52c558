package org.complaintledger.eventstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.testsupport.LedgerPostgresInitializer;
import org.complaintledger.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * The ledger starts with its stream pointed at a broker that is down; events are appended meanwhile; then the broker
 * starts on that port. Nothing is lost, each complaint's events keep their order, and the outage is logged in one line
 * however many attempts failed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {LedgerPostgresInitializer.class, TestAccounts.class, KafkaBroker.Down.class})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class EventStreamOutageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaBroker broker;

    @Test
    void eventsAppendedWhileTheBrokerIsDownArriveInOrderOnceItIsUp(CapturedOutput output) {
        LedgerClient officer = new LedgerClient(port);
        StreamedComplaints complaints = new StreamedComplaints(officer);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(complaints.loggedAndAcknowledged("2026-02-0" + (i + 2) + "T10:00:00Z", "PHONE", "Rae Rowe " + i));
        }
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        // Several attempts fail while the events are admitted: nothing is published, and nothing skipped.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode state = officer.get("/api/event-stream").body();
            assertThat(state.path("head").asLong()).isEqualTo(events);
            assertThat(state.path("lag").asLong()).isEqualTo(events);
            assertThat(output.getOut()).contains("Event stream: cannot publish to " + broker.bootstrapServers());
        });
        assertThat(officer.get("/api/event-stream").body().path("nextPosition").asLong()).isZero();

        broker.start();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode state = officer.get("/api/event-stream").body();
            assertThat(state.path("nextPosition").asLong()).isEqualTo(events);
            assertThat(state.path("lag").asLong()).isZero();
        });
        List<TopicRecords.Received> records = TopicRecords.read(broker.bootstrapServers());
        EventStreamTest.assertEveryPositionPublishedInOrder(records, events);
        for (String id : ids) {
            assertThat(records.stream().filter(r -> r.key().equals(id)).map(TopicRecords.Received::sequence))
                    .containsExactly(0L, 1L);
        }
        assertThat(output.getOut().split("Event stream: cannot publish to", -1)).as("one line for the outage")
                .hasSize(2);
        assertThat(output.getOut()).contains("Event stream: publishing again after");
    }
}
