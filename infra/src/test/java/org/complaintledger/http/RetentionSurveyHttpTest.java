package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintledger.http.RetentionHttpTest.due;
import static org.complaintledger.http.RetentionHttpTest.log;
import static org.complaintledger.http.RetentionHttpTest.strings;

import java.time.Duration;
import java.util.UUID;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.personaldata.PersonalData;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Survey responses that expressed dissatisfaction (1.6) count for retention: a resident known only through them falls
 * due a period after the response's last step, and the job erases what they said; one within the period, one whose
 * response became a complaint still open, one with another complaint open and one with a restriction under review are
 * kept. The policy here keeps a year (P1Y) and never runs by itself; "old" steps are backdated to September 2024, more
 * than a year before any day these tests run.
 */
@LedgerTest
@TestPropertySource(properties = {"complaint-ledger.retention.period=P1Y", "complaint-ledger.retention.cron=-"})
class RetentionSurveyHttpTest {

    private static final String OLD = "2024-09-04";
    private static final String OLD_WITHDRAWAL = "2024-09-05";
    private static final String SAID = "The leak at flat 12 is back and nobody calls";

    @LocalServerPort
    int port;

    @Test
    void aResidentKnownOnlyThroughAnOldSurveyResponseIsDueAndErasedAndNobodyWithinThePeriod() {
        LedgerClient ledger = new LedgerClient(port);
        String pastResident = resident();
        String past = respond(ledger, pastResident, OLD, null);
        String recentResident = resident();
        String recent = respond(ledger, recentResident, null, null);
        // responded in 2024, told how to complain only now: the clock runs from being told
        String toldLately = resident();
        tellNow(ledger, respond(ledger, toldLately, OLD, null));
        // the response became a complaint (another resident's) still open: it follows the complaint
        String becameOpenComplaint = resident();
        respond(ledger, becameOpenComplaint, OLD, log(ledger, resident()));
        // the response became a complaint withdrawn in September 2024: due with it, and so is the complainant
        String becameClosedComplaint = resident();
        String closedComplainant = resident();
        String closedComplaint = log(ledger, closedComplainant);
        withdrawOnOldDay(ledger, closedComplaint);
        respond(ledger, becameClosedComplaint, OLD, closedComplaint);
        String withOpenComplaint = resident();
        respond(ledger, withOpenComplaint, OLD, null);
        log(ledger, withOpenComplaint);
        ResidentRecordsClient restricted = new ResidentRecordsClient(ledger);
        respond(ledger, restricted.id, OLD, null);
        assertThat(restricted.imposeRestriction(true, ResidentRecordsClient.TODAY.plusMonths(3)).status())
                .isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(due(ledger))
                .containsExactlyInAnyOrder(pastResident, becameClosedComplaint, closedComplainant));
        // a bare date is the start of that London day, in BST: 4 September 2024 00:00 = 3 September 23:00Z
        assertThat(dueEntry(ledger, pastResident)).isEqualTo("0 complaints, 1 survey responses, 2024-09-03T23:00:00Z");
        // the response itself is from 4 September; the complaint it became was withdrawn on the 5th (23:00Z on the 4th)
        assertThat(dueEntry(ledger, becameClosedComplaint))
                .isEqualTo("0 complaints, 1 survey responses, 2024-09-04T23:00:00Z");
        assertThat(dueEntry(ledger, closedComplainant))
                .isEqualTo("1 complaints, 0 survey responses, 2024-09-04T23:00:00Z");
        Reply run = ledger.post("/api/retention/runs", "");

        assertThat(run.status()).as(run.body().toString()).isEqualTo(201);
        assertThat(strings(run.body().get("erasedSubjects")))
                .containsExactlyInAnyOrder(pastResident, becameClosedComplaint, closedComplainant);
        assertThat(run.body().get("policy").asString()).startsWith("P1Y").contains("survey response");
        assertThat(said(ledger, past)).isEqualTo(PersonalData.ERASED);
        assertThat(said(ledger, recent)).isEqualTo(SAID);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(due(ledger)).isEmpty());
    }

    private static String resident() {
        return "R-" + UUID.randomUUID();
    }

    /** A response from the resident on {@code day} (null: now), who was not told how to complain at the time. */
    private static String respond(LedgerClient ledger, String residentId, String day, String complaintId) {
        String when = day == null ? "" : """
                "occurredAt": "%s", "backdatingReason": "entered from the survey export",""".formatted(day);
        Reply reply = ledger.post("/api/survey-dissatisfaction", """
                {%s "survey": "repairs transactional survey", "residentId": "%s", "whatTheySaid": "%s",
                 "toldHowToComplain": false%s, "recordedBy": "surveys-team"}""".formatted(when, residentId, SAID,
                complaintId == null ? "" : ", \"complaintId\": \"" + complaintId + "\""));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.id();
    }

    private static void tellNow(LedgerClient ledger, String responseId) {
        Reply told = ledger.post("/api/survey-dissatisfaction/" + responseId + "/told-how-to-complain",
                "{\"howTold\": \"phoned; complaints policy emailed\", \"toldBy\": \"ben.okoro\"}");
        assertThat(told.status()).as(told.body().toString()).isEqualTo(200);
    }

    private static void withdrawOnOldDay(LedgerClient ledger, String complaintId) {
        Reply withdrawn = ledger.post("/api/complaints/" + complaintId + "/withdrawal", """
                {"occurredAt": "%s", "backdatingReason": "entered from the paper log", "reason": "sorted out"}"""
                .formatted(OLD_WITHDRAWAL));
        assertThat(withdrawn.status()).as(withdrawn.body().toString()).isEqualTo(200);
    }

    /** "n complaints, n survey responses, lastActivityAt" of the subject in the list of those due. */
    private static String dueEntry(LedgerClient ledger, String subject) {
        for (JsonNode entry : ledger.get("/api/retention/due").body().get("subjects")) {
            if (entry.get("dataSubjectId").asString().equals(subject)) {
                return entry.get("complaints").asInt() + " complaints, " + entry.get("surveyResponses").asInt()
                        + " survey responses, " + entry.get("lastActivityAt").asString();
            }
        }
        return "not due";
    }

    private static String said(LedgerClient ledger, String responseId) {
        return ledger.get("/api/survey-dissatisfaction/" + responseId + "/events").body().get(0).get("payload")
                .get("whatTheySaid").asString();
    }
}
