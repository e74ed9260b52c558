package org.complaintledger.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.complaintledger.embeddedpostgres.OutageLoad.Answer;
import org.complaintledger.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two ledger processes on one PostgreSQL (docs/multi-node.md): they share every tracking processor's segments; steps
 * on the same complaint sent to both, one after the other and at the same moment, are each decided on the latest
 * events (never a 500, never a step lost); an erasure and a closure day made at one node hold at the other; one node dies under load (its link to the database cut, then its context
 * closed) and the other takes its segments within the claim timeout; every event is processed exactly once (the read
 * models equal those a single node rebuilds from the same events on a copy of the database), and so are the reports.
 */
class TwoNodesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> REPORTS = List.of(
            "/api/reports/complaint-counts?from=2026-04-01&to=2027-03-31&by=category,tenure",
            "/api/reports/annual?financialYear=2026&format=json",
            "/api/reports/tenant-satisfaction-measures?financialYear=2026&format=json");
    /** Axon's token claim timeout (application.yml) plus a claim interval and a busy machine's slack. */
    private static final Duration HANDOVER_BOUND = Duration.ofSeconds(10 + 1 + 9);

    @TempDir
    Path home;

    @Test
    void twoNodesShareTheWorkDecideOnTheLatestEventsAndOneTakesOverWhenTheOtherDies() throws Exception {
        try (OutageDatabase database = new OutageDatabase(home.resolve("data"));
             CuttableLink linkOfB = new CuttableLink(database.port())) {
            database.start();
            List<String> shared = sharedArguments();
            LedgerNode a = LedgerNode.of("a", LedgerProcess.start(arguments(shared, database.jdbcUrl(), "node-a")));
            LedgerNode b = LedgerNode.of("b", LedgerProcess.start(arguments(shared, linkOfB.jdbcUrl(), "node-b")));
            Map<String, String> twoNodes;
            Map<String, JsonNode> reports;
            try (a) {
                await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertSharing(a, b));
                SameRecordAtBothNodes.stepsInTurnAndAtOnce(a, b);
                SameRecordAtBothNodes.aRefusalIsDecidedOnTheLatestEvents(a, b);
                SameRecordAtBothNodes.anErasureHoldsAtTheOtherNodeAtOnce(a, b);
                SameRecordAtBothNodes.anErasureHoldsAtTheOtherNodeAtOnce(b, a);
                SameRecordAtBothNodes.aClosureDayDeclaredAtOneNodeCountsAtTheOther(a, b);
                Duration handover = killUnderLoad(a, b, linkOfB);
                System.out.printf("two nodes: the dead node's segments were all taken over after %d ms%n",
                        handover.toMillis());
                assertThat(handover).isLessThan(HANDOVER_BOUND);

                long head = ReadModels.head(a.jdbc());
                await().atMost(Duration.ofSeconds(60)).until(() -> a.caughtUpWith(head));
                twoNodes = ReadModels.digests(a.jdbc());
                reports = reports(a);
            }
            // The same events, processed from the first by one node alone, on a copy of the database.
            JdbcTemplate admin = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl("template1"),
                    "postgres", ""));
            admin.execute("CREATE DATABASE single_node TEMPLATE postgres");
            ReadModels.forget(new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl("single_node"),
                    "postgres", "")));
            try (LedgerNode single = LedgerNode.of("single", LedgerProcess.start(
                    arguments(shared, database.jdbcUrl("single_node"), "single")))) {
                long head = ReadModels.head(single.jdbc());
                await().atMost(Duration.ofSeconds(60)).until(() -> single.caughtUpWith(head)
                        && single.segmentsHeld().values().stream().allMatch(held -> held > 0));
                assertThat(ReadModels.digests(single.jdbc())).as("read models, one node against two")
                        .isEqualTo(twoNodes);
                assertThat(reports(single)).as("reports, one node against two").isEqualTo(reports);
            }
        }
    }

    /** Every tracking processor's segments are held by the two nodes between them, half each where there are 4. */
    private static void assertSharing(LedgerNode a, LedgerNode b) {
        Map<String, Integer> ofA = a.segmentsHeld();
        Map<String, Integer> ofB = b.segmentsHeld();
        assertThat(ofA.keySet()).hasSize(8);
        ofA.forEach((processor, held) -> {
            int total = held + ofB.get(processor);
            assertThat(total).as(processor + " held by both").isIn(1, 4);
            if (total == 4) {
                assertThat(held).as(processor + " on a").isEqualTo(2);
            }
        });
    }

    /**
     * Load at both nodes, then b's link to the database is cut and its context closed: how long until a holds every
     * segment of every tracking processor. No answer from either node is a 500.
     */
    private static Duration killUnderLoad(LedgerNode a, LedgerNode b, CuttableLink linkOfB) throws Exception {
        CompletableFuture<Void> closingB;
        Duration handover;
        try (OutageLoad atA = new OutageLoad(a.port(), 2, 1000);
             OutageLoad atB = new OutageLoad(b.port(), 2, 1000)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> atA.acknowledged() >= 30 && atB.acknowledged() >= 30);
            long cutAt = System.nanoTime();
            linkOfB.cut();
            closingB = CompletableFuture.runAsync(() -> b.process().close());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> a.segmentsHeld().values().stream().allMatch(held -> held == 4 || held == 1));
            handover = Duration.ofNanos(System.nanoTime() - cutAt);
            int before = atA.acknowledged();
            await().atMost(Duration.ofSeconds(60)).until(() -> atA.acknowledged() >= before + 30);
            atB.close();
            atA.close();
            for (Answer answer : atA.answers()) {
                assertThat(answer.status()).as(answer.request() + " " + answer.body()).isIn(200, 201);
            }
            for (Answer answer : atB.answers()) {
                // Before the cut 2xx; after it, the database unavailable or the node gone.
                assertThat(answer.status()).as(answer.request() + " " + answer.body()).isIn(0, 200, 201, 503);
            }
        }
        closingB.get(60, TimeUnit.SECONDS);
        return handover;
    }

    /** Each report's JSON less when it was answered. */
    private static Map<String, JsonNode> reports(LedgerNode node) {
        Map<String, JsonNode> reports = new TreeMap<>();
        for (String report : REPORTS) {
            Answer answer = node.client().send("GET", report, null);
            assertThat(answer.status()).as(report + " " + answer.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(answer.body());
            if (body instanceof ObjectNode object) {
                object.remove("answeredAt");
            }
            reports.put(report, body);
        }
        return reports;
    }

    /** The same accounts, key-encryption key and signing key for every node: one ledger. */
    private List<String> sharedArguments() {
        List<String> shared = new ArrayList<>(List.of("--spring.datasource.username=postgres"));
        shared.addAll(TestAccounts.arguments());
        shared.addAll(TestKeyEncryptionKey.arguments(home));
        shared.add(TestSigningKey.argument(home));
        return shared;
    }

    private static String[] arguments(List<String> shared, String jdbcUrl, String nodeId) {
        List<String> arguments = new ArrayList<>(shared);
        arguments.add("--spring.datasource.url=" + jdbcUrl);
        arguments.add("--complaint-ledger.node.id=" + nodeId);
        return arguments.toArray(String[]::new);
    }
}
