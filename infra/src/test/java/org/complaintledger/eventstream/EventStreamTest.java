package org.complaintledger.eventstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.complaintledger.access.Role;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The event stream against a real KRaft broker in this JVM: what each record carries, in which order, that personal
 * data stays sealed, and that a restarted publisher loses nothing. The broker and the application are this class's
 * own, closed with it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {LedgerPostgresInitializer.class, TestAccounts.class, KafkaBroker.Running.class})
@DirtiesContext
class EventStreamTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaBroker broker;

    @Autowired
    EventStreamPublisher publisher;

    @Test
    void eachComplaintsEventsArriveInOrderUnderItsKeyWithTheirHeaders() {
        StreamedComplaints complaints = new StreamedComplaints(new LedgerClient(port));
        List<String> ids = List.of(
                complaints.loggedAndAcknowledged("2026-03-02T10:00:00Z", "PHONE", "Ann Able"),
                complaints.loggedAndAcknowledged("2026-03-03T10:00:00Z", "EMAIL", "Ben Baker"),
                complaints.logged("2026-03-04T10:00:00Z", "LETTER", "Cat Cole"));

        List<TopicRecords.Received> records = allPublished();
        for (String id : ids) {
            List<TopicRecords.Received> own = records.stream().filter(r -> r.key().equals(id)).toList();
            List<Map<String, Object>> stored = jdbc.queryForList("SELECT e.event_identifier, e.sequence_number, "
                    + "e.global_index, e.payload_type, e.type, e.time_stamp, e.payload, l.leaf_index "
                    + "FROM domain_event_entry e JOIN ledger_leaf l ON l.global_index = e.global_index "
                    + "WHERE e.aggregate_identifier = ? ORDER BY e.sequence_number", id);
            assertThat(own).hasSize(stored.size());
            assertThat(own).extracting(TopicRecords.Received::partition).as("one partition per complaint")
                    .containsOnly(own.getFirst().partition());
            for (int i = 0; i < own.size(); i++) {
                Map<String, String> headers = own.get(i).headers();
                Map<String, Object> row = stored.get(i);
                assertThat(headers).containsEntry(StreamHeaders.EVENT_ID, (String) row.get("event_identifier"))
                        .containsEntry(StreamHeaders.AGGREGATE_SEQUENCE, row.get("sequence_number").toString())
                        .containsEntry(StreamHeaders.GLOBAL_POSITION, row.get("global_index").toString())
                        .containsEntry(StreamHeaders.STREAM_POSITION, row.get("leaf_index").toString())
                        .containsEntry(StreamHeaders.EVENT_TYPE, (String) row.get("payload_type"))
                        .containsEntry(StreamHeaders.AGGREGATE_TYPE, "Complaint")
                        .containsEntry(StreamHeaders.RECORDED_AT, (String) row.get("time_stamp"));
                JsonNode payload = JSON.readTree(own.get(i).value());
                assertThat(headers.get(StreamHeaders.OCCURRED_AT)).isEqualTo(payload.path("occurredAt").asString())
                        .isNotBlank();
                assertThat(own.get(i).value()).as("the payload exactly as stored").isEqualTo(row.get("payload"));
            }
            assertThat(own.getFirst().headers().get(StreamHeaders.EVENT_TYPE))
                    .isEqualTo("org.complaintledger.complaint.ComplaintLogged");
        }
        String metrics = new LedgerClient(port).get("/actuator/prometheus").raw().body();
        assertThat(metrics).contains("ledger_event_stream_published_events_total", "ledger_event_stream_lag_events",
                "ledger_event_stream_last_published_seconds");
    }

    @Test
    void personalDataLeavesOnlySealed() {
        String id = new StreamedComplaints(new LedgerClient(port))
                .loggedAndAcknowledged("2026-04-01T09:30:00Z", "IN_PERSON", "Zebedee Quintrell");
        List<TopicRecords.Received> own = allPublished().stream().filter(r -> r.key().equals(id)).toList();
        assertThat(own).hasSize(2);
        for (TopicRecords.Received record : own) {
            // The resident's name and the complaint's words are sealed; the handler's name is staff's, not sealed.
            assertThat(record.allText()).doesNotContain("Zebedee", "Quintrell", "Leak under the sink");
        }
        // What the ledger itself opens for an investigator does name the resident: the sealing is what kept it out.
        assertThat(new LedgerClient(port).events(id).toString()).contains("Zebedee Quintrell");
        assertThat(new String(own.getFirst().value(), StandardCharsets.UTF_8)).contains("\"channel\":\"IN_PERSON\"");
    }

    @Test
    void aRestartedPublisherResumesFromItsStoredPositionWithoutLoss() {
        StreamedComplaints complaints = new StreamedComplaints(new LedgerClient(port));
        complaints.logged("2026-05-01T10:00:00Z", "PHONE", "Dee Dunn");
        allPublished();
        publisher.stop();
        try {
            List<String> whileStopped = List.of(
                    complaints.loggedAndAcknowledged("2026-05-02T10:00:00Z", "EMAIL", "Eve Ennis"),
                    complaints.loggedAndAcknowledged("2026-05-03T10:00:00Z", "LETTER", "Fay Ford"));
            long stoppedAt = state().path("nextPosition").asLong();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(state().path("head").asLong()).isEqualTo(stoppedAt + 4));
            assertThat(state().path("nextPosition").asLong()).as("nothing published while stopped")
                    .isEqualTo(stoppedAt);
            assertThat(TopicRecords.read(broker.bootstrapServers())).noneMatch(r -> whileStopped.contains(r.key()));
        } finally {
            publisher.start();
        }
        List<TopicRecords.Received> records = allPublished();
        assertEveryPositionPublishedInOrder(records, state().path("head").asLong());
    }

    @Test
    void aReplayPublishesAgainFromThePositionAsked() {
        new StreamedComplaints(new LedgerClient(port)).loggedAndAcknowledged("2026-06-01T10:00:00Z", "PHONE",
                "Gus Grey");
        List<TopicRecords.Received> before = allPublished();
        long next = state().path("nextPosition").asLong();
        long from = next - 2;
        LedgerClient.Reply replay = new LedgerClient(port).post("/api/event-stream/replay?fromPosition=" + from, null);
        assertThat(replay.status()).as(replay.body().toString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<TopicRecords.Received> after = TopicRecords.read(broker.bootstrapServers());
            for (long position = from; position < next; position++) {
                assertThat(count(after, position)).as("position %d", position).isEqualTo(count(before, position) + 1);
            }
            assertThat(count(after, from - 1)).isEqualTo(count(before, from - 1));
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(state().path("nextPosition").asLong()).isEqualTo(next));
    }

    @Test
    void onlyTheOfficerSeesTheStreamOrReplaysItAndBadPositionsAreRefusedByName() {
        LedgerClient officer = new LedgerClient(port);
        JsonNode state = officer.get("/api/event-stream").body();
        assertThat(state.path("enabled").asBoolean()).isTrue();
        assertThat(state.path("topic").asString()).isEqualTo(KafkaBroker.TOPIC);
        for (Role role : List.of(Role.HANDLER, Role.ANALYST, Role.GOVERNANCE, Role.INVESTIGATOR)) {
            assertThat(new LedgerClient(port, role).get("/api/event-stream").status()).isEqualTo(403);
            assertThat(new LedgerClient(port, role).post("/api/event-stream/replay?fromPosition=0", null).status())
                    .isEqualTo(403);
        }
        assertThat(LedgerClient.anonymous(port).post("/api/event-stream/replay?fromPosition=0", null).status())
                .isEqualTo(401);
        long replaysBefore = replays();
        for (String query : List.of("", "?fromPosition=-1", "?fromPosition=abc", "?fromPosition=99999999999",
                "?fromPosition=" + Long.MAX_VALUE, "?fromPosition=1e3")) {
            LedgerClient.Reply refused = officer.post("/api/event-stream/replay" + query, null);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.body().toString()).as(query).contains("fromPosition");
        }
        assertThat(replays()).as("nothing changed").isEqualTo(replaysBefore);
    }

    @Test
    void onlyOneProcessPublishesAtATimeAndAnotherTakesOverWhenItStops(@Autowired EventStreamProperties properties,
            @Autowired StreamedEvents events, @Autowired StreamPositions positions,
            @Autowired javax.sql.DataSource dataSource, @Autowired io.micrometer.core.instrument.MeterRegistry registry) {
        allPublished();
        EventStreamPublisher other = new EventStreamPublisher(properties, events, positions,
                new StreamProducers(properties), new PublisherLock(dataSource), null, registry);
        other.start();
        try {
            StreamedComplaints complaints = new StreamedComplaints(new LedgerClient(port));
            complaints.logged("2026-07-01T10:00:00Z", "EMAIL", "Hal Hart");
            allPublished();
            assertThat(publisher.publishing()).isTrue();
            assertThat(other.publishing()).as("the lock is held by the first").isFalse();
            publisher.stop();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(other.publishing()).isTrue());
            complaints.loggedAndAcknowledged("2026-07-02T10:00:00Z", "PHONE", "Ivy Irwin");
            List<TopicRecords.Received> records = allPublished();
            assertEveryPositionPublishedInOrder(records, state().path("head").asLong());
        } finally {
            other.stop();
            publisher.start();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(publisher.publishing()).isTrue());
    }

    /** Waits until every admitted event is published and every event appended so far admitted; answers the topic. */
    private List<TopicRecords.Received> allPublished() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
            JsonNode state = state();
            assertThat(state.path("head").asLong()).isEqualTo(events);
            assertThat(state.path("nextPosition").asLong()).isEqualTo(events);
            assertThat(state.path("lag").asLong()).isZero();
        });
        return TopicRecords.read(broker.bootstrapServers());
    }

    private JsonNode state() {
        return new LedgerClient(port).get("/api/event-stream").body();
    }

    private long replays() {
        return jdbc.queryForObject("SELECT coalesce(sum(replays), 0) FROM event_stream_position", Long.class);
    }

    private static long count(List<TopicRecords.Received> records, long position) {
        return records.stream().filter(r -> r.streamPosition() == position).count();
    }

    /**
     * Every stream position below {@code head} is on the topic, and each complaint's events, taken as a consumer takes
     * them (a position not above the last taken from the partition dropped), come in sequence order.
     */
    static void assertEveryPositionPublishedInOrder(List<TopicRecords.Received> records, long head) {
        assertThat(records.stream().map(TopicRecords.Received::streamPosition).collect(Collectors.toSet()))
                .containsAll(java.util.stream.LongStream.range(0, head).boxed().toList());
        Map<Integer, Long> lastTaken = new TreeMap<>();
        Map<String, Long> lastSequence = new TreeMap<>();
        for (TopicRecords.Received record : records) {
            Long last = lastTaken.get(record.partition());
            if (last != null && record.streamPosition() <= last) {
                continue;
            }
            lastTaken.put(record.partition(), record.streamPosition());
            Long previous = lastSequence.put(record.key(), record.sequence());
            assertThat(record.sequence()).as(record.key()).isEqualTo(previous == null ? 0 : previous + 1);
        }
    }
}
