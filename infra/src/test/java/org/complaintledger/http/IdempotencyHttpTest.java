package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A retried POST with the same Idempotency-Key returns the first result and appends nothing more. */
@LedgerTest
class IdempotencyHttpTest {

    /** The resident's id goes on the record in plain text (the name is sealed), so a test can count by it. */
    private static final String COMPLAINT = """
            {"channel": "EMAIL", "complainant": {"residentId": "%s", "residentName": "Iris"}, "category": "anti-social-behaviour", "tenure": "LOW_COST_RENTAL",
             "description": "Neighbour noise not dealt with", "outcomesSought": ["action on the noise"]}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerClient ledger;

    @BeforeEach
    void connect() {
        ledger = new LedgerClient(port);
    }

    @Test
    void aRetriedLoggingReturnsTheSameComplaintAndLogsItOnce() {
        String key = UUID.randomUUID().toString();
        String resident = "iris-" + key;
        Reply first = ledger.post("/api/complaints", COMPLAINT.formatted(resident), "Idempotency-Key", key);
        Reply retry = ledger.post("/api/complaints", COMPLAINT.formatted(resident), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.raw().headers().firstValue("Location")).isEqualTo(first.raw().headers().firstValue("Location"));
        assertThat(ledger.events(first.id()).size()).isEqualTo(1);
        assertThat(loggedFor(resident)).isEqualTo(1);
    }

    @Test
    void aRetriedStepIsAnsweredWithTheFirstResultEvenWhenRepeatingItWouldBreakARule() {
        String at = "/api/complaints/" + ledger.logComplaint();
        String acknowledgement = """
                {"handler": "Hana", "definition": {"understanding": "u", "outcomesSought": ["o"]},
                 "responsibleFor": [], "notResponsibleFor": []}""";
        Reply first = ledger.post(at + "/stages/1/acknowledgement", acknowledgement, "Idempotency-Key", "ack-" + at);
        Reply retry = ledger.post(at + "/stages/1/acknowledgement", acknowledgement, "Idempotency-Key", "ack-" + at);
        Reply withoutKey = ledger.post(at + "/stages/1/acknowledgement", acknowledgement);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(withoutKey.status()).isEqualTo(409);
        assertThat(ledger.events(first.id()).size()).isEqualTo(2);
    }

    @Test
    void aKeyReusedForADifferentRequestIsRefused() {
        String at = "/api/complaints/" + ledger.logComplaint();
        String key = UUID.randomUUID().toString();
        ledger.post(at + "/issues", "{\"description\": \"first\"}", "Idempotency-Key", key);
        Reply reused = ledger.post(at + "/issues", "{\"description\": \"second\"}", "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body().get("detail").asString()).contains(key);
        assertThat(ledger.events(at.substring(at.lastIndexOf('/') + 1)).size()).isEqualTo(2);
    }

    @Test
    void aRefusedRequestLeavesItsKeyFreeForTheCorrectedOne() {
        String at = "/api/complaints/" + ledger.logComplaint();
        String key = UUID.randomUUID().toString();
        Reply refused = ledger.post(at + "/issues", "{}", "Idempotency-Key", key);
        Reply corrected = ledger.post(at + "/issues", "{\"description\": \"now described\"}", "Idempotency-Key", key);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).isEqualTo(200);
    }

    @Test
    void requestsRacingWithOneKeyAppendOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String resident = "racer-" + key;
        String body = COMPLAINT.formatted(resident);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Reply>> racers = IntStream.range(0, 6)
                    .<Callable<Reply>>mapToObj(i -> () -> ledger.post("/api/complaints", body, "Idempotency-Key", key))
                    .toList();
            List<Reply> replies = pool.invokeAll(racers).stream().map(IdempotencyHttpTest::get).toList();

            assertThat(replies).extracting(Reply::status).containsOnly(201);
            assertThat(replies).extracting(Reply::id).containsOnly(replies.getFirst().id());
            assertThat(loggedFor(resident)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private long loggedFor(String residentId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%ComplaintLogged' "
                + "AND convert_from(payload, 'UTF8')::jsonb ->> 'dataSubjectId' = ?", Long.class, residentId);
    }

    private static Reply get(Future<Reply> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
