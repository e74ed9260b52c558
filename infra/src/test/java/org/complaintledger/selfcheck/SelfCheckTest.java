package org.complaintledger.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.complaintledger.access.Role;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.ledgertree.LedgerCheckpoints;
import org.complaintledger.provenance.AppendSeals;
import org.complaintledger.selfcheck.Failure.Concerns;
import org.complaintledger.testsupport.LedgerTest;
import org.complaintledger.testsupport.OwnerDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The self-check of the running ledger, over its HTTP API, health and metrics: complaints recorded through the API,
 * chained as appended, admitted and checkpointed twice. Intact it passes; every tampering of issue 10 (applied as the
 * tables' owner with the append-only triggers disabled, in a transaction rolled back after the check) is found and
 * named; erasing a data subject leaves it passing; a second check while one runs is refused; the schedule runs it;
 * and a forged event committed for good makes health TAMPERED. Its own application (the last test leaves its ledger
 * tampered), with no schedule but the test's own.
 */
@LedgerTest
@TestPropertySource(properties = "complaint-ledger.proof.self-check-interval=0")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SelfCheckTest {

    private static final String SELF_CHECK = "/api/ledger/self-check";
    private static final String ACKNOWLEDGEMENT = """
            {"handler": "Hal", "definition": {"understanding": "boiler fails", "outcomesSought": ["repair"]},
             "responsibleFor": ["boiler"], "notResponsibleFor": []}""";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AppendSeals seals;

    @Autowired
    LedgerCheckpoints checkpoints;

    @Autowired
    SelfCheck selfCheck;

    LedgerClient officer;
    DataSource owner;
    final List<String> complaints = new ArrayList<>();

    @BeforeAll
    void complaintsRecordedAdmittedAndCheckpointed() {
        officer = new LedgerClient(port);
        owner = OwnerDatabase.of(context);
        for (int i = 0; i < 8; i++) {
            complaints.add(officer.logComplaint("resident-" + i, "Resident " + i, "The boiler failed " + i + " times"));
        }
        for (String complaint : complaints.subList(0, 6)) {
            accepted(complaint, "/stages/1/acknowledgement", ACKNOWLEDGEMENT);
        }
        assertThat(checkpoints.signNow()).isPresent();
        for (String complaint : complaints) {
            accepted(complaint, "/correspondence", """
                    {"direction": "INBOUND", "party": "RESIDENT", "channel": "EMAIL", "summary": "Asked for news"}""");
        }
        assertThat(checkpoints.signNow()).isPresent();
    }

    @Test
    @Order(1)
    void anIntactLedgerPasses() {
        Reply ran = officer.post(SELF_CHECK, null);

        assertThat(ran.status()).as(ran.body().toString()).isEqualTo(200);
        JsonNode result = ran.body();
        assertThat(result.get("outcome").asString()).isEqualTo("PASSED");
        assertThat(result.get("startedBy").asString()).isEqualTo("officer");
        assertThat(result.get("eventsVerified").asLong()).isEqualTo(count("SELECT count(*) FROM domain_event_entry"))
                .isGreaterThanOrEqualTo(22);
        assertThat(result.get("leavesVerified").asLong()).isEqualTo(count("SELECT count(*) FROM ledger_leaf"));
        assertThat(result.get("checkpointsVerified").asLong()).isEqualTo(2);
        assertThat(result.get("bytesHashed").asLong()).isGreaterThan(22 * 200L);
        assertThat(result.get("failureCount").asLong()).isZero();
        assertThat(result.get("firstFailure").isNull()).isTrue();
        assertThat(result.get("failures")).isEmpty();

        JsonNode latest = officer.get(SELF_CHECK).body();
        assertThat(latest.get("latest").get("checkId").asLong()).isEqualTo(result.get("checkId").asLong());
        assertThat(latest.get("latest").get("outcome").asString()).isEqualTo("PASSED");
        assertThat(latest.get("runningSince").isNull()).isTrue();
        assertThat(latest.get("recent").get(0).get("checkId").asLong()).isEqualTo(result.get("checkId").asLong());

        JsonNode health = officer.get("/actuator/health").body();
        assertThat(health.get("components").get("ledgerProof").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("ledgerProof").get("details").get("eventsVerified").asLong())
                .isEqualTo(result.get("eventsVerified").asLong());
        assertThat(officer.getText("/actuator/prometheus").body())
                .contains("ledger_self_check_failures 0.0")
                .contains("ledger_self_check_events_verified " + result.get("eventsVerified").asLong() + ".0")
                .containsPattern("ledger_self_check_last_run_timestamp_seconds \\d\\.\\d+E9")
                .contains("ledger_self_check_running 0.0");
        assertThat(new LedgerClient(port, Role.GOVERNANCE).post(SELF_CHECK, null).status()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}: {1} named, \"{2}\"")
    @MethodSource("org.complaintledger.selfcheck.TamperingsFound#table")
    @Order(2)
    void everyTamperingIsFoundAndNamed(Tampering tampering, Concerns concerns, String reason) throws Exception {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Tampering.Tampered tampered = tampering.apply(connection);

                LedgerVerification.Verified verified = new LedgerVerification(seals, 1).verify(connection);

                TamperingsFound.assertNamed(verified, tampered, concerns, reason);
            } finally {
                connection.rollback();
            }
        }
        assertThat(officer.post(SELF_CHECK, null).body().get("outcome").asString()).as("rolled back")
                .isEqualTo("PASSED");
    }

    @Test
    @Order(3)
    void erasingADataSubjectLeavesTheLedgerVerifiable() {
        String subject = "resident-3";
        Reply erased = officer.post("/api/data-subjects/" + subject + "/erasure", """
                {"reason": "ERASURE_REQUEST", "basis": "UK GDPR Art. 17(1)(a)", "requestedBy": "dpo-team"}""");
        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT key IS NULL FROM data_subject_key WHERE subject_id = ?", Boolean.class,
                subject)).isTrue();
        assertThat(checkpoints.signNow()).isPresent();

        JsonNode result = officer.post(SELF_CHECK, null).body();

        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("PASSED");
        assertThat(result.get("checkpointsVerified").asLong()).isEqualTo(3);
        assertThat(result.get("eventsVerified").asLong()).isEqualTo(count("SELECT count(*) FROM domain_event_entry"));
    }

    @Test
    @Order(4)
    void aSecondCheckWhileOneRunsIsRefused() throws Exception {
        // Another process running one: it holds the self-check's lock.
        try (Connection other = owner.getConnection()) {
            other.setAutoCommit(false);
            execute(other, "SELECT pg_advisory_xact_lock(" + SelfCheck.LOCK + ")");
            Reply refused = officer.post(SELF_CHECK, null);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().get("type").asString())
                    .isEqualTo("urn:complaint-ledger:problem:self-check-running");
            assertThat(refused.body().get("detail").asString()).contains("another process");
            assertThat(refused.raw().headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isPositive());
            other.rollback();
        }

        // This process running one, held up reading the checkpoints.
        CompletableFuture<Reply> first;
        try (Connection blocker = owner.getConnection()) {
            blocker.setAutoCommit(false);
            execute(blocker, "LOCK TABLE ledger_checkpoint IN ACCESS EXCLUSIVE MODE");
            // a thread of its own: the common pool has one thread on two cores (docs/architecture.md, traps)
            first = CompletableFuture.supplyAsync(() -> officer.post(SELF_CHECK, null),
                    work -> Thread.ofPlatform().daemon().start(work));
            await().atMost(Duration.ofSeconds(10)).until(() -> selfCheck.runningSince() != null);

            Reply second = officer.post(SELF_CHECK, null);

            assertThat(second.status()).isEqualTo(409);
            assertThat(second.body().get("runningSince").asString()).isEqualTo(selfCheck.runningSince().toString());
            assertThat(officer.get(SELF_CHECK).body().get("runningSince").isNull()).isFalse();
            blocker.rollback();
        }
        assertThat(first.get().status()).isEqualTo(200);
        assertThat(first.get().body().get("outcome").asString()).isEqualTo("PASSED");
    }

    @Test
    @Order(5)
    void theScheduleRunsItOnceTheIntervalHasPassed() {
        long before = count("SELECT count(*) FROM ledger_self_check");
        SelfCheckSchedule schedule = new SelfCheckSchedule(selfCheck, Duration.ofMillis(200), Clock.systemUTC());
        schedule.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    count("SELECT count(*) FROM ledger_self_check WHERE started_by = 'schedule'") > 0);
        } finally {
            schedule.stop();
        }
        assertThat(jdbc.queryForObject("SELECT outcome FROM ledger_self_check WHERE started_by = 'schedule' "
                + "ORDER BY check_id LIMIT 1", String.class)).isEqualTo("PASSED");
        assertThat(count("SELECT count(*) FROM ledger_self_check")).isGreaterThan(before);
    }

    @Test
    @Order(6)
    void aForgedEventLeftInTheLedgerMakesItTampered() throws Exception {
        Tampering.Tampered forged;
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            forged = Tampering.FORGED_EVENT_WITH_CHAIN_ROW.apply(connection);
            execute(connection, "ALTER TABLE domain_event_entry ENABLE TRIGGER USER");
            connection.commit();
        }
        // The admitter meets it within a second, and refuses it.
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM ledger_refused_event "
                + "WHERE event_identifier = '" + forged.eventIdentifier() + "'") == 1);

        JsonNode result = officer.post(SELF_CHECK, null).body();

        assertThat(result.get("outcome").asString()).isEqualTo("FAILED");
        assertThat(result.get("failureCount").asLong()).isEqualTo(1);
        JsonNode first = result.get("firstFailure");
        assertThat(first.get("concerns").asString()).isEqualTo("EVENT");
        assertThat(first.get("eventIdentifier").asString()).isEqualTo(forged.eventIdentifier());
        assertThat(first.get("aggregateIdentifier").asString()).isEqualTo(forged.aggregateIdentifier());
        assertThat(first.get("reason").asString()).contains("the admitter refused it", "seal does not hold");
        assertThat(officer.get(SELF_CHECK).body().get("latest").get("failures").get(0).get("eventIdentifier")
                .asString()).isEqualTo(forged.eventIdentifier());

        var health = officer.getText("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode proof = officer.get("/actuator/health").body().get("components").get("ledgerProof");
        assertThat(proof.get("status").asString()).isEqualTo("TAMPERED");
        assertThat(proof.get("details").get("failures").asLong()).isEqualTo(1);
        assertThat(proof.get("details").get("firstFailure").asString()).contains(forged.eventIdentifier());
        assertThat(LedgerClient.anonymous(port).get("/actuator/health").body().get("status").asString())
                .isEqualTo("TAMPERED");
        assertThat(officer.getText("/actuator/prometheus").body()).contains("ledger_self_check_failures 1.0");
    }

    private void accepted(String complaint, String step, String body) {
        Reply reply = officer.post("/api/complaints/" + complaint + step, body);
        assertThat(reply.status()).as(step + ": " + reply.body()).isEqualTo(200);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
