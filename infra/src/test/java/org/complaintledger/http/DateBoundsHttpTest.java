package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every date the API takes lies in the years 2000 to 2100 (issue 8): a deadline in the year 999999999 made one
 * request walk day by day for ever, and a read with {@code by=+999999999-12-31} answered 500. Each is a 400 naming
 * the field or parameter, at once, with nothing appended.
 */
@LedgerTest
class DateBoundsHttpTest {

    private static final String COMPLAINT = "/api/complaints/{complaint}";
    private static final String RESIDENT = "/api/residents/resident-dates";
    private static final String LANDLORD = "/api/landlord";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    LedgerClient ledger;
    String complaint;

    @BeforeEach
    void logOne() {
        ledger = new LedgerClient(port);
        complaint = ledger.logComplaint();
    }

    /** Every step with a date or instant, by path, with each of its date fields; {@code orders[0].dueBy} nests. */
    static Stream<Arguments> datedFields() {
        List<Arguments> rows = new ArrayList<>();
        dated(rows, "/api/complaints", NONE, "occurredAt", "issueArose", "residentBecameAware");
        dated(rows, COMPLAINT + "/refusal", TOLD_OF_OMBUDSMAN, "occurredAt");
        dated(rows, COMPLAINT + "/stages/1/acknowledgement", NONE, "occurredAt");
        dated(rows, COMPLAINT + "/stages/1/extension", INFORMED + ", \"ombudsmanContactDetailsGiven\": true",
                "occurredAt", "newResponseDue");
        dated(rows, COMPLAINT + "/stages/1/response", NONE, "occurredAt", "remediesOffered[0].dueBy",
                "outstandingActions[0].dueBy");
        dated(rows, COMPLAINT + "/escalation-request", NONE, "occurredAt");
        dated(rows, COMPLAINT + "/escalation-refusal", TOLD_OF_OMBUDSMAN, "occurredAt");
        dated(rows, COMPLAINT + "/take-on-instruction", NONE, "occurredAt");
        dated(rows, COMPLAINT + "/withdrawal", NONE, "occurredAt");
        dated(rows, COMPLAINT + "/issues", NONE, "occurredAt");
        dated(rows, COMPLAINT + "/correspondence", NONE, "occurredAt");
        dated(rows, COMPLAINT + "/documents", NONE, "occurredAt");
        dated(rows, COMPLAINT + "/update-interval", "\"everyWorkingDays\": 10", "occurredAt");
        dated(rows, COMPLAINT + "/remedies", NONE, "occurredAt", "remedy.dueBy");
        dated(rows, COMPLAINT + "/actions/action-1/completion", NONE, "occurredAt");
        dated(rows, COMPLAINT + "/ombudsman-referral", NONE, "occurredAt");
        dated(rows, COMPLAINT + "/ombudsman-determination", NONE, "occurredAt", "orders[0].dueBy");
        dated(rows, COMPLAINT + "/ombudsman-orders/order-1/compliance", NONE, "occurredAt");
        dated(rows, COMPLAINT + "/ombudsman-handling-failures", NONE, "occurredAt", "orders[0].dueBy");
        dated(rows, COMPLAINT + "/investigator-grants", NONE, "expiresAt");
        dated(rows, RESIDENT + "/adjustments", NONE, "occurredAt", "reviewDue");
        dated(rows, RESIDENT + "/adjustments/adjustment-1/review", NONE, "occurredAt", "nextReviewDue");
        dated(rows, RESIDENT + "/restrictions", INFORMED, "occurredAt", "reviewDue");
        dated(rows, RESIDENT + "/restrictions/restriction-1/review", NONE, "occurredAt", "nextReviewDue");
        dated(rows, "/api/learning", NONE, "occurredAt", "improvementDue");
        dated(rows, "/api/learning/learning-1/complaints", NONE, "occurredAt");
        dated(rows, "/api/learning/learning-1/owner", NONE, "occurredAt");
        dated(rows, "/api/learning/learning-1/due-date", NONE, "occurredAt", "improvementDue");
        dated(rows, "/api/learning/learning-1/delivery", NONE, "occurredAt");
        dated(rows, "/api/survey-dissatisfaction", NONE, "occurredAt");
        dated(rows, "/api/survey-dissatisfaction/survey-1/told-how-to-complain", NONE, "occurredAt");
        dated(rows, "/api/survey-dissatisfaction/survey-1/complaint", NONE, "occurredAt");
        dated(rows, LANDLORD + "/homes-owned", NONE, "occurredAt");
        dated(rows, LANDLORD + "/member-responsible-for-complaints", NONE, "occurredAt", "from");
        dated(rows, LANDLORD + "/governing-body", NONE, "occurredAt", "from");
        dated(rows, LANDLORD + "/governing-body/reports-received", NONE, "occurredAt", "periodFrom", "periodTo",
                "receivedOn");
        dated(rows, LANDLORD + "/governing-body/annual-report-responses", NONE, "occurredAt", "respondedOn");
        dated(rows, LANDLORD + "/exceptional-circumstances", NONE, "occurredAt", "from", "until",
                "expectedReturnToCompliance", "ombudsmanNotifiedOn");
        dated(rows, LANDLORD + "/exceptional-circumstances/period-1/end", NONE, "occurredAt", "until");
        dated(rows, LANDLORD + "/exceptional-circumstances/period-1/ombudsman-notification", NONE, "occurredAt",
                "notifiedOn");
        dated(rows, LANDLORD + "/non-compliance-findings", NONE, "occurredAt", "madeOn", "orders[0].dueOn");
        dated(rows, LANDLORD + "/non-compliance-findings/finding-1/orders/order-1/compliance", NONE, "occurredAt",
                "compliedOn");
        dated(rows, LANDLORD + "/closure-days", NONE, "occurredAt", "day");
        dated(rows, LANDLORD + "/closure-days/2026-12-24/withdrawal", NONE, "occurredAt");
        dated(rows, "/api/data-subjects/resident-dates/erasure", NONE, "occurredAt");
        return rows.stream();
    }

    /** JSON primitives must be present to be read at all; a body lacking one never reaches validation. */
    private static final String NONE = "";
    private static final String TOLD_OF_OMBUDSMAN = "\"residentToldOfOmbudsmanRight\": true";
    private static final String INFORMED = "\"residentInformed\": true";

    private static void dated(List<Arguments> rows, String path, String primitives, String... fields) {
        for (String field : fields) {
            for (String day : List.of("1999-12-31", "2101-01-01")) {
                rows.add(Arguments.of(path, field, day, primitives));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("datedFields")
    void aDateOutsideTheYears2000To2100IsRefusedNamingTheField(String path, String field, String day,
                                                               String primitives) {
        Reply reply = refusedNaming(() -> ledger.post(path.replace("{complaint}", complaint),
                body(field, field.equals("expiresAt") ? day + "T00:00:00Z" : day, primitives)), field);
        assertThat(reply.body().get("detail").asString()).contains(field + " must be a date in the years 2000 to 2100");
    }

    @Test
    void aPathDateOutsideTheYearsIsRefusedNamingIt() {
        refusedNaming(() -> ledger.post(LANDLORD + "/closure-days/2101-01-01/withdrawal", "{}"), "day");
    }

    @Test
    void anExtensionToTheYear999999999IsRefusedAtOnce() {
        refusedNaming(() -> ledger.post("/api/complaints/" + complaint + "/stages/1/extension", """
                {"newResponseDue": "+999999999-12-31", "reason": "r", "residentInformed": true,
                 "ombudsmanContactDetailsGiven": true, "goodReason": "a survey is needed"}"""), "newResponseDue");
    }

    @Test
    void aGrantExpiringInTheYear999999999IsRefused() {
        refusedNaming(() -> ledger.post("/api/complaints/" + complaint + "/investigator-grants", """
                {"investigator": "inv-1", "expiresAt": "+999999999-12-31T00:00:00Z", "reason": "5.12 request"}"""),
                "expiresAt");
    }

    @Test
    void aStepOccurringAtTheEndsOfTimeIsRefused() {
        for (String occurredAt : List.of("+999999999-12-31", "-999999999-01-01", "+999999999-12-31T23:59:59Z")) {
            refusedNaming(() -> ledger.post("/api/complaints/" + complaint + "/issues",
                    "{\"occurredAt\": \"" + occurredAt + "\", \"description\": \"damp\"}"), "occurredAt");
        }
    }

    /** Every read that takes a date parameter, with the parameter. */
    static Stream<Arguments> datedReads() {
        List<Arguments> rows = new ArrayList<>();
        for (String extreme : List.of("+999999999-12-31", "-999999999-01-01", "1999-12-31", "2101-01-01")) {
            rows.add(Arguments.of("/api/due-steps?by=" + extreme, "by"));
            rows.add(Arguments.of("/api/reviews-due?by=" + extreme, "by"));
            rows.add(Arguments.of("/api/reports/complaint-counts?from=" + extreme + "&to=2025-03-31", "from"));
            rows.add(Arguments.of("/api/reports/complaint-counts?from=2024-04-01&to=" + extreme, "to"));
            rows.add(Arguments.of("/api/analysis/complaints?from=" + extreme, "from"));
            rows.add(Arguments.of("/api/analysis/complaints?to=" + extreme, "to"));
            rows.add(Arguments.of("/api/analysis/complaints.csv?from=" + extreme, "from"));
            rows.add(Arguments.of("/api/analysis/complaints.csv?to=" + extreme, "to"));
            rows.add(Arguments.of("/api/landlord/closure-days?asAt=" + extreme + "T00:00:00Z", "asAt"));
            rows.add(Arguments.of("/api/reports/tenant-satisfaction-measures?financialYear=2024&asAt=" + extreme
                    + "T00:00:00Z", "asAt"));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datedReads")
    void aReadWithADateOutsideTheYearsIsRefusedNamingTheParameter(String path, String parameter) {
        Reply reply = ledger.get(path.replace("+", "%2B"));
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(400);
        assertThat(reply.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(fieldsNamed(reply)).containsExactly(parameter);
    }

    private Reply refusedNaming(java.util.function.Supplier<Reply> request, String field) {
        Refusals refusals = new Refusals(jdbc);
        long before = refusals.eventCount();
        Reply reply = request.get();
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(400);
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:complaint-ledger:problem:invalid-request");
        assertThat(fieldsNamed(reply)).contains(field);
        assertThat(refusals.eventCount()).as("events appended by a refused request").isEqualTo(before);
        return reply;
    }

    private static List<String> fieldsNamed(Reply reply) {
        List<String> named = new ArrayList<>();
        reply.body().get("errors").forEach(error -> named.add(error.get("field").asString()));
        return named;
    }

    /**
     * A body holding only {@code field} (nested as its path says) and the step's JSON primitives: every other field
     * missing is named too.
     */
    private static String body(String field, String day, String primitives) {
        String prefix = primitives.isEmpty() ? "{" : "{" + primitives + ", ";
        String value = "\"" + day + "\"";
        if (field.contains(".")) {
            String outer = field.substring(0, field.indexOf('.'));
            String inner = field.substring(field.indexOf('.') + 1);
            String object = "{\"" + inner + "\": " + value + "}";
            return outer.endsWith("[0]")
                    ? prefix + "\"" + outer.substring(0, outer.length() - 3) + "\": [" + object + "]}"
                    : prefix + "\"" + outer + "\": " + object + "}";
        }
        return prefix + "\"" + field + "\": " + value + "}";
    }
}
