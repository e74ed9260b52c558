package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each class of caller's mistake gets RFC 9457 problem details naming what was wrong, and appends nothing:
 * the whole event table is counted before and after.
 */
@LedgerTest
class ProblemDetailsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerClient ledger;
    String complaint;

    @BeforeEach
    void logOne() {
        ledger = new LedgerClient(port);
        complaint = "/api/complaints/" + ledger.logComplaint();
    }

    @Test
    void malformedJsonIsABadRequestAboutTheBody() {
        assertBadRequest(() -> ledger.post("/api/complaints", "{\"channel\": "), "body");
    }

    @Test
    void aBodyThatIsNotAnObjectIsABadRequest() {
        assertBadRequest(() -> ledger.post(complaint + "/issues", "[1, 2]"), "body");
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertBadRequest(() -> ledger.post("/api/complaints", "{}"),
                "category", "channel", "complainant", "description", "outcomesSought", "tenure");
    }

    @Test
    void aMissingNestedFieldIsNamedByItsPath() {
        assertBadRequest(() -> ledger.post("/api/complaints", """
                {"channel": "EMAIL", "complainant": {"residentName": " "}, "category": "repairs", "description": "d",
                 "tenure": "LOW_COST_RENTAL", "outcomesSought": ["o"]}"""), "complainant.residentName");
    }

    @Test
    void anUnknownChannelIsNamed() {
        assertBadRequest(() -> ledger.post("/api/complaints", """
                {"channel": "FAX", "complainant": {"residentName": "R"}, "category": "repairs", "description": "d",
                 "tenure": "LOW_COST_RENTAL", "outcomesSought": ["o"]}"""), "channel");
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanIgnored() {
        assertBadRequest(() -> ledger.post(complaint + "/stages/1/extension", """
                {"newResponseDue": "2030-01-10", "reason": "r", "residentInformed": true,
                 "ombudsmanContactDetailsGiven": true, "goodReasn": "typo"}"""), "goodReasn");
    }

    @Test
    void aResponseWithoutItsSignatoryNamesTheField() {
        assertBadRequest(() -> ledger.post(complaint + "/stages/1/response", """
                {"decision": "NOT_UPHELD", "reasons": "r", "remediesOffered": [], "outstandingActions": [],
                 "escalationRoute": "ask for stage 2"}"""), "respondedBy");
    }

    @Test
    void anInstructionToTakeOnNamesWhatItLacks() {
        assertBadRequest(() -> ledger.post(complaint + "/take-on-instruction", """
                {"instructedBy": "THE_PRESS", "instructionReference": "r", "reason": "r"}"""), "instructedBy");
        assertBadRequest(() -> ledger.post(complaint + "/take-on-instruction", "{}"),
                "instructedBy", "instructionReference", "reason");
    }

    @Test
    void anUnreadableDateIsNamed() {
        assertBadRequest(() -> ledger.post("/api/complaints", """
                {"channel": "EMAIL", "complainant": {"residentName": "R"}, "category": "repairs", "description": "d",
                 "tenure": "LOW_COST_RENTAL", "outcomesSought": ["o"], "issueArose": "last Tuesday"}"""), "issueArose");
        assertBadRequest(() -> ledger.post(complaint + "/issues", """
                {"occurredAt": "yesterday", "description": "d"}"""), "occurredAt");
    }

    @Test
    void aStepInTheFutureIsRefused() {
        assertBadRequest(() -> ledger.post(complaint + "/issues", """
                {"occurredAt": "2099-01-01T10:00:00Z", "description": "d"}"""), "occurredAt");
    }

    @Test
    void aStepRecordedWeeksLateNeedsAReason() {
        assertBadRequest(() -> ledger.post(complaint + "/correspondence", """
                {"occurredAt": "2025-01-06", "direction": "INBOUND", "party": "RESIDENT", "channel": "LETTER",
                 "summary": "letter found in a drawer"}"""), "backdatingReason");
    }

    @Test
    void aStageThatIsNotANumberIsABadRequest() {
        assertBadRequest(() -> ledger.post(complaint + "/stages/two/extension", "{}"), "stage");
    }

    @Test
    void anOverlongIdempotencyKeyIsABadRequest() {
        assertBadRequest(() -> ledger.post(complaint + "/issues", "{\"description\": \"d\"}",
                "Idempotency-Key", "k".repeat(201)), "Idempotency-Key");
    }

    @Test
    void anUnknownComplaintIsNotFound() {
        long before = eventCount();
        Reply reply = ledger.post("/api/complaints/no-such-complaint/withdrawal", "{}");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:complaint-ledger:problem:unknown-complaint");
        assertThat(ledger.get("/api/complaints/no-such-complaint/events").status()).isEqualTo(404);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void anUnknownActionIsNotFound() {
        long before = eventCount();
        Reply reply = ledger.post(complaint + "/actions/action-9/completion", "{}");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().get("detail").asString()).contains("action-9");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aStepOutOfOrderIsAConflictNamingTheRuleAndProvision() {
        long before = eventCount();
        Reply reply = ledger.post(complaint + "/stages/1/response", """
                {"decision": "NOT_UPHELD", "reasons": "r", "remediesOffered": [], "outstandingActions": [],
                 "escalationRoute": "ask for stage 2", "respondedBy": "Sam Handler"}""");
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(reply.body().get("rule").asString()).isEqualTo("stage-not-acknowledged");
        assertThat(reply.body().get("provision").asString()).isEqualTo("6.2");
        assertThat(reply.body().get("detail").asString()).contains("6.2");
        assertThat(eventCount()).isEqualTo(before);
    }

    private void assertBadRequest(java.util.function.Supplier<Reply> request, String... fields) {
        new Refusals(jdbc).badRequest(request, fields);
    }

    private long eventCount() {
        return new Refusals(jdbc).eventCount();
    }
}
