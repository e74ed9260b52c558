package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The findings of issue 8's hostile input, one by one: each was a 500, a silently stored monster, a Java type name in
 * an answer or Tomcat's HTML page, and is now 400 (or 413, 414) problem details naming the field, in the API's words.
 */
@LedgerTest
class HostileInputHttpTest {

    /** What must never appear in an answer: Java's names for things, or a page meant for a browser. */
    static final java.util.regex.Pattern JAVA_SPEAK = java.util.regex.Pattern.compile(
            "\\b(java|javax|jakarta|tools\\.jackson|com\\.fasterxml|org\\.springframework|org\\.complaintledger"
                    + "|org\\.apache|org\\.axonframework)\\.\\w|[A-Z]\\w*Exception\\b|JsonToken|START_OBJECT"
                    + "|START_ARRAY|VALUE_STRING|\\bat [a-z]+\\.[a-z]|(?i:<html)|Whitelabel");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerClient ledger;
    String complaint;
    Refusals refusals;

    @BeforeEach
    void logOne() {
        ledger = new LedgerClient(port);
        complaint = "/api/complaints/" + ledger.logComplaint();
        refusals = new Refusals(jdbc);
    }

    @Test
    void occurredAtThatIsNotTextIsNamedOnEveryKindOfStep() {
        for (String wrong : List.of("{}", "[]", "12", "true")) {
            Reply reply = refusals.badRequest(() -> ledger.post(complaint + "/issues",
                    "{\"occurredAt\": " + wrong + ", \"description\": \"d\"}"), "occurredAt");
            assertThat(rule(reply, "occurredAt")).contains("2025-06-02");
            refusals.badRequest(() -> ledger.post("/api/learning", "{\"occurredAt\": " + wrong + "}"),
                    "occurredAt", "complaintIds", "lesson", "improvement", "owner", "improvementDue", "recordedBy");
        }
    }

    @Test
    void aNulByteInAnyTextIsRefusedNamingTheField() {
        Reply reply = refusals.badRequest(() -> ledger.post("/api/complaints", complaintWith(
                "\"description\": \"boiler\\u0000broken\"")), "description");
        assertThat(rule(reply, "description")).contains("NUL");
        refusals.badRequest(() -> ledger.post(complaint + "/issues",
                "{\"description\": \"d\", \"outcomesSought\": [\"ok\", \"\\u0000\"]}"), "outcomesSought[1]");
        refusals.badRequest(() -> ledger.post(complaint + "/investigator-grants", grant("inv\\u0000estigator")),
                "investigator");
    }

    @Test
    void anOverlongInvestigatorIsRefusedNamingTheField() {
        Reply reply = refusals.badRequest(() -> ledger.post(complaint + "/investigator-grants",
                grant("i".repeat(201))), "investigator");
        assertThat(rule(reply, "investigator")).contains("200");
    }

    @Test
    void aMegabyteInvestigatorIsRefusedNamingTheField() {
        Reply reply = refusals.badRequest(() -> ledger.post(complaint + "/investigator-grants",
                grant("i".repeat(1_000_000))), "investigator");
        assertThat(rule(reply, "investigator")).contains("200");
    }

    @Test
    void textsHaveTheirDocumentedLimits() {
        refusals.badRequest(() -> ledger.post("/api/complaints", complaintWith(
                "\"description\": \"" + "d".repeat(10_001) + "\"")), "description");
        refusals.badRequest(() -> ledger.post("/api/complaints", """
                {"channel": "PHONE", "complainant": {"residentName": "%s"}, "category": "repairs", "description": "d",
                 "tenure": "LOW_COST_RENTAL", "outcomesSought": ["a working boiler"]}""".formatted("n".repeat(201))),
                "complainant.residentName");
        String many = "\"x\", ".repeat(500) + "\"x\"";
        refusals.badRequest(() -> ledger.post(complaint + "/issues",
                "{\"description\": \"d\", \"outcomesSought\": [" + many + "]}"), "outcomesSought");
    }

    @Test
    void aMegabyteDescriptionIsRefusedNamingTheFieldBeforeItIsStored() {
        Reply reply = refusals.badRequest(() -> ledger.post("/api/complaints", complaintWith(
                "\"description\": \"" + "d".repeat(1_000_000) + "\"")), "description");
        assertThat(rule(reply, "description")).contains("10000");
    }

    /**
     * Over 2 MB rather than the 10 MB of the finding: Tomcat reads and discards up to 4 MB of a refused body
     * (server.tomcat.max-swallow-size) so that the client reads the answer; past that it closes the connection.
     */
    @Test
    void aBodyOverTwoMegabytesIsTooLarge() {
        assertTooLarge(() -> ledger.post("/api/complaints", complaintWith(
                "\"description\": \"" + "d".repeat(2_200_000) + "\"")));
    }

    /** Small in bytes, but costly to hold: refused while it is parsed, past 50,000 keys, values and brackets. */
    @Test
    void aBodyOfAHugeListOrManyFieldsIsTooLarge() {
        assertTooLarge(() -> ledger.post(complaint + "/issues",
                "{\"description\": \"d\", \"outcomesSought\": [" + "\"x\", ".repeat(60_000) + "\"x\"]}"));
        StringBuilder many = new StringBuilder("{\"description\": \"d\"");
        for (int i = 0; i < 30_000; i++) {
            many.append(", \"f").append(i).append("\": 0");
        }
        String body = many.append('}').toString();
        assertTooLarge(() -> ledger.post(complaint + "/issues", body));
    }

    private void assertTooLarge(Supplier<Reply> request) {
        long before = refusals.eventCount();
        Reply reply = request.get();
        assertThat(refusals.eventCount()).isEqualTo(before);
        assertThat(reply.status()).isEqualTo(413);
        assertProblem(reply, "body-too-large");
        assertThat(reply.body().get("detail").asString()).contains("2 MB", "50,000");
    }

    @Test
    void aDuplicateKeyIsRefusedNamingIt() {
        refusals.badRequest(() -> ledger.post(complaint + "/escalation-request",
                "{\"residentsWords\": \"please\", \"residentsWords\": \"now\"}"), "residentsWords");
        refusals.badRequest(() -> ledger.post("/api/complaints", """
                {"channel": "PHONE", "complainant": {"residentName": "Ray", "residentName": "Roy"}, "category": "repairs",
                 "tenure": "LOW_COST_RENTAL", "description": "d", "outcomesSought": ["a working boiler"]}"""),
                "complainant.residentName");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceInTheApisOwnWords() {
        Reply reply = refusals.badRequest(() -> ledger.post("/api/complaints", """
                {"channel": "FAX", "tenure": {}, "issueArose": "last Tuesday", "residentBecameAware": [1],
                 "description": "d\\u0000", "outcomesSought": "a working boiler", "category": "repairs",
                 "complainant": {"residentName": 7}}"""),
                "channel", "tenure", "issueArose", "residentBecameAware", "description", "outcomesSought",
                "complainant.residentName");
        assertThat(rule(reply, "channel")).contains("one of PHONE, EMAIL");
        assertThat(rule(reply, "tenure")).contains("one of LOW_COST_RENTAL, LOW_COST_HOME_OWNERSHIP");
        assertThat(rule(reply, "issueArose")).contains("a date like 2025-06-02");
        assertThat(rule(reply, "outcomesSought")).contains("a list");
        assertThat(rule(reply, "complainant.residentName")).contains("a string");
        assertThat(reply.raw().body()).doesNotContainPattern(JAVA_SPEAK);
    }

    @Test
    void aValueOfAnotherJsonTypeIsRefusedNotConverted() {
        Reply number = refusals.badRequest(() -> ledger.post(complaint + "/issues", "{\"description\": 12}"),
                "description");
        assertThat(rule(number, "description")).isEqualTo("must be a string");
        Reply epoch = refusals.badRequest(() -> ledger.post(complaint + "/investigator-grants",
                "{\"investigator\": \"investigator\", \"expiresAt\": 4102444800, \"reason\": \"r\"}"), "expiresAt");
        assertThat(rule(epoch, "expiresAt")).contains("a date-time with offset");
        refusals.badRequest(() -> ledger.post(complaint + "/update-interval",
                "{\"everyWorkingDays\": \"10\", \"arrangement\": \"weekly call\"}"), "everyWorkingDays");
        refusals.badRequest(() -> ledger.post(complaint + "/issues", "{\"description\": true}"), "description");
    }

    @Test
    void aWrongTypeAndAMissingFieldAreReportedTogether() {
        refusals.badRequest(() -> ledger.post(complaint + "/take-on-instruction",
                "{\"instructedBy\": {}, \"reason\": \"r\"}"), "instructedBy", "instructionReference");
    }

    @Test
    void aTenKilobyteIdempotencyKeyIsNamed() {
        refusals.badRequest(() -> ledger.post(complaint + "/issues", "{\"description\": \"d\"}",
                "Idempotency-Key", "k".repeat(10_240)), "Idempotency-Key");
    }

    @Test
    void anEncodedSlashOrNulInAPathIsProblemDetails() {
        for (String path : List.of("/api/complaints/a%2Fb/events", "/api/complaints/a%00b/events",
                "/api/complaints/a%25b/events", "/api/complaints/a%5Cb/events", "/api//complaints")) {
            Reply reply = ledger.get(path);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertProblem(reply, "invalid-path");
        }
    }

    @Test
    void aMegabyteQueryStringIsProblemDetails() {
        Reply reply = ledger.get("/api/due-steps?by=" + "9".repeat(1_000_000));
        assertThat(reply.status()).isEqualTo(431);
        assertProblem(reply, "request-too-large");
    }

    @Test
    void aQueryParameterIsCheckedAndNamed() {
        Reply nul = refusals.badRequest(() -> ledger.get("/api/reviews-due?by=2026-01-01%00"), "by");
        assertThat(rule(nul, "by")).contains("NUL");
        Reply date = refusals.badRequest(() -> ledger.get("/api/due-steps?by=next-week"), "by");
        assertThat(rule(date, "by")).contains("a date like 2025-06-02");
        refusals.badRequest(() -> ledger.get("/api/analysis/complaints?limit=many"), "limit");
        refusals.badRequest(() -> ledger.get("/api/reports/complaint-counts?from=2025-04-01"), "to");
    }

    @Test
    void unknownFieldsAreRefusedOnEveryKindOfBody() {
        refusals.badRequest(() -> ledger.post(complaint + "/investigator-grants",
                grant("investigator").replace("{", "{\"expires\": \"soon\", ")), "expires");
        refusals.badRequest(() -> ledger.post("/api/data-subjects/R-1/erasure",
                "{\"reason\": \"ERASURE_REQUEST\", \"basis\": \"b\", \"why\": \"x\"}"), "why");
    }

    private static String complaintWith(String fields) {
        return """
                {"channel": "PHONE", "complainant": {"residentName": "Ray"}, "category": "repairs",
                 "tenure": "LOW_COST_RENTAL", "outcomesSought": ["a working boiler"], %s}""".formatted(fields);
    }

    private static String grant(String investigator) {
        return """
                {"investigator": "%s", "expiresAt": "2099-12-31T17:00:00Z", "reason": "HOS 202512345"}"""
                .formatted(investigator);
    }

    private static String rule(Reply reply, String field) {
        List<String> rules = new ArrayList<>();
        reply.body().get("errors").forEach(e -> {
            if (e.get("field").asString().equals(field)) {
                rules.add(e.get("rule").asString());
            }
        });
        assertThat(rules).as("rules for " + field + " in " + reply.body()).hasSize(1);
        return rules.getFirst();
    }

    private static void assertProblem(Reply reply, String type) {
        assertThat(reply.raw().headers().firstValue("Content-Type")).as(reply.raw().body()).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:complaint-ledger:problem:" + type);
        assertThat(reply.body().get("status").asInt()).isEqualTo(reply.status());
        assertThat(reply.raw().body()).doesNotContainPattern(JAVA_SPEAK);
    }
}
