package org.complaintledger.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.complaintledger.access.Role;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.complaintledger.testsupport.OwnerDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An officer rebuilds the read models from the ledger's first event over HTTP: the rebuilt tables hold exactly what
 * live processing wrote, events recorded during the rebuild are in them once, processing goes on from where the
 * rebuild left off, and a rebuild that fails leaves the live tables as they were. Its own application and database
 * (the property below), because a rebuild replaces tables every other test reads.
 */
@LedgerTest
@TestPropertySource(properties = "complaint-ledger.test.context=rebuild")
class ReadModelRebuildHttpTest {

    private static final Duration PROCESSED = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReadModelRebuilds rebuilds;

    @Autowired
    ApplicationContext context;

    @Autowired
    EventProcessingConfiguration processing;

    LedgerClient officer;

    @BeforeEach
    void aLedgerWithHistory() {
        officer = new LedgerClient(port);
        for (int i = 0; i < 5; i++) {
            officer.complaintThroughStageOne("RES-REBUILD-" + i, "Rita Rebuild");
            officer.logComplaint();
        }
        awaitProcessorsAtHead();
    }

    @Test
    void aRebuildOfEveryReadModelGivesTheRowsLiveProcessingWroteAndProcessingGoesOnFromIt() {
        Map<String, List<Map<String, Object>>> live = rowsOfEveryRebuildableTable();
        assertThat(live.get("case_summary")).hasSizeGreaterThanOrEqualTo(10);

        Reply started = officer.post("/api/read-models/rebuilds", "{\"processingGroups\": [\"all\"]}");
        assertThat(started.status()).isEqualTo(202);
        String id = started.body().get("id").asString();
        assertThat(started.raw().headers().firstValue("Location")).hasValue("/api/read-models/rebuilds/" + id);
        JsonNode switched = awaitFinished(id);

        assertThat(switched.get("phase").asString()).isEqualTo("SWITCHED");
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        assertThat(switched.get("eventsDone").asLong()).isEqualTo(events);
        assertThat(switched.get("eventsTotal").asLong()).isEqualTo(events);
        String metrics = LedgerClient.anonymous(port).getText("/actuator/prometheus").body();
        assertThat(metrics).contains("ledger_rebuild_events_done " + (double) events,
                "ledger_rebuild_events_to_apply " + (double) events, "ledger_rebuild_running 0.0",
                "ledger_rebuild_failed 0.0");
        assertThat(differences(live, rowsOfEveryRebuildableTable())).isEmpty();

        // processing goes on from the rebuilt position: the next complaint once, nothing applied twice
        String next = officer.complaintThroughStageOne("RES-REBUILD-NEXT", "Nia Next");
        awaitProcessorsAtHead();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_summary WHERE complaint_id = ?", Long.class, next))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM due_step WHERE complaint_id = ?", Long.class, next))
                .isEqualTo(5);
    }

    @Test
    void eventsRecordedWhileARebuildRunsAreInTheRebuiltTablesExactlyOnce() {
        CompletableFuture<List<String>> logging = CompletableFuture.supplyAsync(() -> {
            List<String> logged = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                logged.add(officer.complaintThroughStageOne("RES-DURING-" + i, "Dora During"));
            }
            return logged;
        });
        Reply started = officer.post("/api/read-models/rebuilds", "{\"processingGroups\": [\"all\"]}");
        assertThat(awaitFinished(started.body().get("id").asString()).get("phase").asString()).isEqualTo("SWITCHED");
        List<String> logged = logging.join();
        awaitProcessorsAtHead();
        Map<String, List<Map<String, Object>>> afterwards = rowsOfEveryRebuildableTable();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_summary WHERE complaint_id = ANY (?)", Long.class,
                (Object) logged.toArray(String[]::new))).isEqualTo(15);

        // a second rebuild, with nothing recorded meanwhile, is the reference: from the first event, once each
        assertThat(rebuilds.rebuild(List.of()).phase()).isEqualTo(RebuildProgress.Phase.SWITCHED);
        assertThat(differences(afterwards, rowsOfEveryRebuildableTable())).isEmpty();
    }

    @Test
    void aFailedRebuildLeavesTheLiveTablesAsTheyWereAndTheNextOneCorrectsThem() {
        JdbcTemplate owner = new JdbcTemplate(OwnerDatabase.of(context));
        String complaint = officer.logComplaint();
        awaitProcessorsAtHead();
        // a row changed by hand (as a bad fix would), and a check the rebuilt row breaks but the changed one keeps
        owner.update("UPDATE case_summary SET category = 'hand-edited' WHERE complaint_id = ?", complaint);
        owner.execute("ALTER TABLE case_summary ADD CONSTRAINT test_rebuild_fails CHECK (complaint_id <> '"
                + complaint + "' OR category = 'hand-edited')");
        try {
            RebuildProgress failed = rebuilds.rebuild(List.of("case-summary"));
            assertThat(failed.phase()).isEqualTo(RebuildProgress.Phase.FAILED);
            assertThat(failed.failure()).contains("test_rebuild_fails");
            assertThat(category(complaint)).isEqualTo("hand-edited");
            assertThat(jdbc.queryForObject("SELECT to_regclass('case_summary__rebuild') IS NULL", Boolean.class))
                    .isTrue();
        } finally {
            owner.execute("ALTER TABLE case_summary DROP CONSTRAINT test_rebuild_fails");
        }

        assertThat(rebuilds.rebuild(List.of("case-summary")).phase()).isEqualTo(RebuildProgress.Phase.SWITCHED);
        assertThat(category(complaint)).isEqualTo("repairs");
    }

    /** As a projection added in code finds it: no token yet, so its processor starts at the ledger's first event. */
    @Test
    void aGroupWithoutAPositionStartsFromTheFirstEventByItself() {
        Map<String, List<Map<String, Object>>> live = rowsOfEveryRebuildableTable();
        EventProcessor caseSummary = processing.eventProcessorByProcessingGroup("case-summary").orElseThrow();
        caseSummary.shutDown();
        try {
            JdbcTemplate owner = new JdbcTemplate(OwnerDatabase.of(context));
            owner.update("DELETE FROM token_entry WHERE processor_name = 'case-summary'");
            owner.update("DELETE FROM case_summary");
        } finally {
            caseSummary.start();
        }
        await().atMost(PROCESSED).untilAsserted(() ->
                assertThat(differences(live, rowsOfEveryRebuildableTable())).isEmpty());
    }

    @Test
    void onlyTheOfficerRebuildsAndUnknownGroupsAreRefusedByName() {
        assertThat(new LedgerClient(port, Role.ANALYST).post("/api/read-models/rebuilds",
                "{\"processingGroups\": [\"all\"]}").status()).isEqualTo(403);
        assertThat(new LedgerClient(port, Role.HANDLER).get("/api/read-models").status()).isEqualTo(403);

        Reply unknown = officer.post("/api/read-models/rebuilds", "{\"processingGroups\": [\"no-such-group\"]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("processingGroups");
        // nothing rebuilds every read model by leaving the groups out
        java.util.Optional<String> latest = rebuilds.latest().map(RebuildProgress::id);
        Reply unnamed = officer.post("/api/read-models/rebuilds", "{}");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.body().get("errors").get(0).get("field").asString()).isEqualTo("processingGroups");
        assertThat(rebuilds.latest().map(RebuildProgress::id)).isEqualTo(latest);
        Reply unknownRebuild = officer.get("/api/read-models/rebuilds/no-such-rebuild");
        assertThat(unknownRebuild.status()).isEqualTo(404);
        assertThat(unknownRebuild.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");

        JsonNode groups = officer.get("/api/read-models").body();
        assertThat(groups.get("case-summary").get(0).asString()).isEqualTo("case_summary");
        assertThat(groups.has("investigator-grants")).as("subscribing: written with the grant itself").isFalse();
    }

    private JsonNode awaitFinished(String id) {
        List<JsonNode> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode progress = officer.get("/api/read-models/rebuilds/" + id).body();
            seen.add(progress);
            return progress.path("phase").asString("").matches("SWITCHED|FAILED");
        });
        return seen.getLast();
    }

    private void awaitProcessorsAtHead() {
        await().atMost(PROCESSED).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT processor_name FROM token_entry WHERE processor_name = ANY (?) "
                        + "AND convert_from(token, 'UTF8')::jsonb ->> 'index' IS DISTINCT FROM "
                        + "(SELECT max(global_index)::text FROM domain_event_entry)", String.class,
                (Object) rebuilds.groups().toArray(String[]::new))).isEmpty());
    }

    private String category(String complaint) {
        return jdbc.queryForObject("SELECT category FROM case_summary WHERE complaint_id = ?", String.class,
                complaint);
    }

    /** A row whose arrays (text[]) compare by their elements, as JDBC's do not. */
    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> comparable = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            try {
                comparable.put(column, value instanceof java.sql.Array array
                        ? List.of((Object[]) array.getArray()) : value);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return comparable;
    }

    /** The rows only one of two reads has, by table: readable where a whole-map comparison would print every row. */
    private static List<String> differences(Map<String, List<Map<String, Object>>> before,
                                            Map<String, List<Map<String, Object>>> after) {
        List<String> differences = new ArrayList<>();
        before.forEach((table, rows) -> {
            List<Map<String, Object>> now = after.getOrDefault(table, List.of());
            rows.stream().filter(row -> !now.contains(row)).forEach(row -> differences.add(table + " lost " + row));
            now.stream().filter(row -> !rows.contains(row)).forEach(row -> differences.add(table + " gained " + row));
            if (rows.size() != now.size()) {
                differences.add(table + ": " + rows.size() + " rows before, " + now.size() + " after");
            }
        });
        return differences;
    }

    /** Every row of every table a rebuild writes, ordered by all its columns, so two reads compare with equals. */
    private Map<String, List<Map<String, Object>>> rowsOfEveryRebuildableTable() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rebuilds.tables().values().stream().flatMap(List::stream).forEach(table -> {
            int columns = jdbc.queryForObject("SELECT count(*) FROM information_schema.columns "
                    + "WHERE table_name = ? AND table_schema = current_schema()", Integer.class, table);
            String orderBy = String.join(", ", java.util.stream.IntStream.rangeClosed(1, columns)
                    .mapToObj(String::valueOf).toList());
            rows.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY " + orderBy).stream()
                    .map(ReadModelRebuildHttpTest::comparable).toList());
        });
        return rows;
    }
}
