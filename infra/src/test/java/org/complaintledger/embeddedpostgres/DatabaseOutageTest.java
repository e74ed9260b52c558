package org.complaintledger.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintledger.embeddedpostgres.OutageLoad.Answer;
import org.complaintledger.testsupport.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger's PostgreSQL stops under load and comes back: every request is answered within a few seconds, never
 * with a 500; what could not be served is 503 problem details with Retry-After; health says DOWN at once and UP again
 * without a restart; and every step acknowledged before, during or after the outage is on the record.
 */
class DatabaseOutageTest {

    /**
     * How the database goes away and comes back, the longest any answer may take meanwhile, and how soon health must
     * say DOWN. Stopped: connections are refused, and the pool gives up after its 2 s connection timeout. Paused:
     * connections hang, and the driver gives up after its 5 s socket timeout (application.yml). A read of a record
     * makes two attempts (Axon tries the snapshot, then the events), so it may take both; plus 2 s for a busy machine.
     */
    enum Outage {
        STOPPED(Duration.ofSeconds(2 + 2 + 2), Duration.ofSeconds(3)),
        PAUSED(Duration.ofSeconds(5 + 2 + 2), Duration.ofSeconds(6));

        final Duration answerWithin;
        final Duration healthDownWithin;

        Outage(Duration answerWithin, Duration healthDownWithin) {
            this.answerWithin = answerWithin;
            this.healthDownWithin = healthDownWithin;
        }

        void begin(OutageDatabase database) throws Exception {
            if (this == STOPPED) {
                database.stop();
            } else {
                database.pause();
            }
        }

        void end(OutageDatabase database) throws Exception {
            if (this == STOPPED) {
                database.start();
            } else {
                database.resume();
            }
        }
    }

    private static final int CLIENTS = 4;
    private static final int ROUNDS_PER_CLIENT = 300;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(Outage.class)
    void answers503PromptlyWhileTheDatabaseIsAwayAndLosesNoAcknowledgedStep(Outage outage) throws Exception {
        try (OutageDatabase database = new OutageDatabase(home.resolve("data"))) {
            database.start();
            List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + database.jdbcUrl(),
                    "--spring.datasource.username=postgres"));
            arguments.addAll(TestAccounts.arguments());
            arguments.addAll(TestKeyEncryptionKey.arguments(home));
            arguments.add(TestSigningKey.argument(home));
            try (LedgerProcess ledger = LedgerProcess.start(arguments.toArray(String[]::new))) {
                whileTheDatabaseIsAway(outage, database, ledger);
            }
        }
    }

    private void whileTheDatabaseIsAway(Outage outage, OutageDatabase database, LedgerProcess ledger) throws Exception {
        int port = Integer.parseInt(ledger.context().getEnvironment().getRequiredProperty("local.server.port"));
        OutageLoad probe = OutageLoad.client(port);
        String quietId = JSON.readTree(probe.send("POST", "/api/complaints", complaint()).body()).get("id").asString();
        OutageLoad load = new OutageLoad(port, CLIENTS, ROUNDS_PER_CLIENT);
        try (load) {
            await().atMost(Duration.ofSeconds(60)).until(() -> load.acknowledged() >= 20);

            outage.begin(database);
            await().atMost(outage.healthDownWithin).pollInterval(Duration.ofMillis(100))
                    .until(() -> health(probe, outage) == 503);
            await().atMost(Duration.ofSeconds(30)).until(() -> load.unavailable() >= 2 * CLIENTS);
            // Reads and steps alike, on a complaint no client touches.
            assertUnavailable(outage, probe.send("GET", "/api/complaints/" + quietId + "/events", null));
            assertUnavailable(outage, probe.send("GET", "/api/due-steps", null));
            // Steps queued on one complaint do not pile up behind the one waiting on the database.
            try (ExecutorService together = Executors.newFixedThreadPool(3)) {
                List<Future<Answer>> steps = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    steps.add(together.submit(() -> probe.send("POST", "/api/complaints/" + quietId + "/issues",
                            "{\"description\": \"sent while the database was away\"}")));
                }
                for (Future<Answer> step : steps) {
                    assertUnavailable(outage, step.get());
                }
            }

            outage.end(database);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> health(probe, outage) == 200);
            int acknowledgedBefore = load.acknowledged();
            await().atMost(Duration.ofSeconds(60)).until(() -> load.acknowledged() >= acknowledgedBefore + 20);
        }

        for (Answer answer : load.answers()) {
            assertThat(answer.took()).as(answer.request()).isLessThan(outage.answerWithin);
            assertThat(answer.status()).as(answer.request() + " " + answer.body()).isIn(200, 201, 503);
            if (answer.status() == 503) {
                assertUnavailable(outage, answer);
            }
        }
        assertThat(load.unavailable()).isPositive();
        assertAcknowledgedStepsOnRecord(probe, load.acknowledgedIssues());
        // The step refused during the outage was not recorded, not even in part.
        assertThat(events(probe, quietId)).hasSize(1);
        // The projections follow again without a restart: a complaint logged now is due for acknowledgement.
        String after = JSON.readTree(probe.send("POST", "/api/complaints", complaint()).body()).get("id").asString();
        await().atMost(Duration.ofSeconds(90)).until(() -> isDue(probe, after));
    }

    /** Whether any page of the due steps names {@code complaintId}. */
    private static boolean isDue(OutageLoad probe, String complaintId) {
        for (int page = 0; ; page++) {
            JsonNode answer = JSON.readTree(probe.send("GET", "/api/due-steps?size=1000&page=" + page, null).body());
            for (JsonNode step : answer.get("steps")) {
                if (step.get("complaintId").asString().equals(complaintId)) {
                    return true;
                }
            }
            if ((page + 1) * 1000L >= answer.get("total").asLong()) {
                return false;
            }
        }
    }

    private static void assertUnavailable(Outage outage, Answer answer) {
        assertThat(answer.status()).as(answer.request() + " " + answer.body()).isEqualTo(503);
        assertThat(answer.took()).as(answer.request()).isLessThan(outage.answerWithin);
        assertThat(answer.retryAfter()).as("Retry-After of " + answer.request()).matches("\\d+");
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("type").asString()).isIn("urn:complaint-ledger:problem:database-unavailable",
                "urn:complaint-ledger:problem:record-busy");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
    }

    private static int health(OutageLoad probe, Outage outage) {
        Answer health = probe.send("GET", "/actuator/health", null);
        assertThat(health.took()).as("health").isLessThan(outage.healthDownWithin);
        assertThat(health.body()).contains(health.status() == 200 ? "\"UP\"" : "\"DOWN\"");
        return health.status();
    }

    /** Every acknowledged complaint is on the ledger with at least its acknowledged issues (a 503 may hide one more). */
    private static void assertAcknowledgedStepsOnRecord(OutageLoad probe, Map<String, AtomicInteger> acknowledged) {
        assertThat(acknowledged).isNotEmpty();
        acknowledged.forEach((id, issues) -> {
            List<JsonNode> events = events(probe, id);
            assertThat(events).as(id).isNotEmpty();
            assertThat(events.getFirst().get("type").asString()).as(id).isEqualTo("ComplaintLogged");
            assertThat(events.size() - 1).as("issues of " + id).isGreaterThanOrEqualTo(issues.get());
        });
    }

    private static List<JsonNode> events(OutageLoad probe, String id) {
        Answer record = probe.send("GET", "/api/complaints/" + id + "/events", null);
        assertThat(record.status()).as(record.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(record.body());
        JsonNode events = body.isArray() ? body : body.get("events");
        List<JsonNode> list = new ArrayList<>();
        events.forEach(list::add);
        return list;
    }

    private static String complaint() {
        return OutageLoad.COMPLAINT;
    }
}
