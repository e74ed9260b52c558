package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A complaint's whole life through both stages over HTTP, on real PostgreSQL. Every step is backdated into
 * November 2026 (with its reason), so the deadlines are the same whatever day the test runs; each was worked
 * out by hand against the calendar (no bank holidays in November 2026).
 */
@LedgerTest
class ComplaintLifeHttpTest {

    private static final String LATE = "\"backdatingReason\": \"entered from the paper file\"";

    @LocalServerPort
    int port;

    LedgerClient ledger;

    @BeforeEach
    void connect() {
        ledger = new LedgerClient(port);
    }

    @Test
    void aComplaintLivesThroughBothStagesToTheOmbudsmanAndEveryStepIsOnTheRecord() {
        Reply logged = ledger.post("/api/complaints", """
                {"occurredAt": "2026-11-02T10:00:00Z", %s, "channel": "VIA_REPRESENTATIVE",
                 "complainant": {"residentName": "Rita Resident", "residentReference": "T-1001",
                                 "representative": {"name": "Carl Councillor", "relationship": "ward councillor"}},
                 "category": "repairs", "tenure": "LOW_COST_RENTAL", "description": "Boiler broken for three weeks",
                 "outcomesSought": ["a working boiler", "compensation"], "issueArose": "2026-10-10"}""".formatted(LATE));
        assertThat(logged.status()).isEqualTo(201);
        String id = logged.id();
        String at = "/api/complaints/" + id;
        assertThat(logged.raw().headers().firstValue("Location")).hasValue(at);
        // Received Mon 2 Nov: 5 working days are 3, 4, 5, 6 and Mon 9 Nov.
        assertThat(logged.event(0).get("acknowledgementDue").asString()).isEqualTo("2026-11-09");
        assertThat(logged.event(0).get("backdatingReason").asString()).isEqualTo("entered from the paper file");

        Reply issue = ledger.post(at + "/issues", """
                {"occurredAt": "2026-11-03", %s, "description": "Also: the repairs line never answers"}""".formatted(LATE));
        assertThat(issue.eventTypes()).containsExactly("IssueAdded");

        Reply ackOne = ledger.post(at + "/stages/1/acknowledgement", """
                {"occurredAt": "2026-11-04T09:00:00+00:00", %s, "handler": "Sam Handler",
                 "definition": {"understanding": "Boiler not repaired; calls unanswered", "outcomesSought": ["repair"]},
                 "responsibleFor": ["boiler repair"], "notResponsibleFor": ["the gas supply"]}""".formatted(LATE));
        assertThat(ackOne.status()).isEqualTo(200);
        // Acknowledged Wed 4 Nov: 10 working days end Wed 18 Nov.
        assertThat(ackOne.event(0).get("onTime").asBoolean()).isTrue();
        assertThat(ackOne.event(0).get("responseDue").asString()).isEqualTo("2026-11-18");

        Reply extension = ledger.post(at + "/stages/1/extension", """
                {"occurredAt": "2026-11-05T09:00:00Z", %s, "newResponseDue": "2026-11-20", "reason": "awaiting engineer",
                 "residentInformed": true, "ombudsmanContactDetailsGiven": true}""".formatted(LATE));
        assertThat(extension.event(0).get("workingDaysBeyondOriginal").asInt()).isEqualTo(2);
        assertThat(extension.event(0).get("beyondCodeLimit").asBoolean()).isFalse();

        Reply responseOne = ledger.post(at + "/stages/1/response", """
                {"occurredAt": "2026-11-13T15:00:00Z", %s, "decision": "PARTLY_UPHELD",
                 "reasons": "The repair was late; the call line was staffed as policy requires",
                 "remediesOffered": [{"type": "APOLOGY", "description": "Written apology", "dueBy": "2026-11-20"},
                                     {"type": "FINANCIAL", "description": "Compensation", "amountPence": 5000, "dueBy": "2026-12-04"}],
                 "outstandingActions": [{"description": "Replace the boiler", "dueBy": "2026-12-11"}],
                 "escalationRoute": "Reply to this letter to ask for stage 2", "respondedBy": "Sam Handler"}"""
                .formatted(LATE));
        JsonNode response = responseOne.event(0);
        assertThat(response.get("onTime").asBoolean()).isTrue();
        assertThat(response.get("responseDue").asString()).isEqualTo("2026-11-20");
        assertThat(response.get("originalResponseDue").asString()).isEqualTo("2026-11-18");
        assertThat(response.get("onTimeAgainstOriginal").asBoolean()).isTrue();
        assertThat(response.get("extensionsWithinLimitOrWithGoodReason").asBoolean()).isTrue();
        assertThat(response.get("respondedBy").asString()).isEqualTo("Sam Handler");
        assertThat(response.get("remediesOffered").get(1).get("actionId").asString()).isEqualTo("action-2");
        assertThat(response.get("outstandingActions").get(0).get("actionId").asString()).isEqualTo("action-3");

        Reply escalation = ledger.post(at + "/escalation-request", """
                {"occurredAt": "2026-11-16T10:00:00Z", %s}""".formatted(LATE));
        // Requested Mon 16 Nov: 5 working days end Mon 23 Nov.
        assertThat(escalation.event(0).get("acknowledgementDue").asString()).isEqualTo("2026-11-23");
        assertThat(escalation.event(0).get("toStage").asString()).isEqualTo("TWO");

        String ackTwo = """
                {"occurredAt": "2026-11-17T10:00:00Z", %s, "handler": "%s",
                 "definition": {"understanding": "Unhappy with the compensation", "outcomesSought": ["more"]},
                 "responsibleFor": ["compensation"], "notResponsibleFor": []}""";
        Reply sameHandler = ledger.post(at + "/stages/2/acknowledgement", ackTwo.formatted(LATE, " sam handler"));
        assertThat(sameHandler.status()).isEqualTo(409);
        assertThat(sameHandler.body().get("provision").asString()).isEqualTo("6.13");
        Reply acknowledgedTwo = ledger.post(at + "/stages/2/acknowledgement", ackTwo.formatted(LATE, "Pat Reviewer"));
        // Acknowledged Tue 17 Nov: 20 working days end Tue 15 Dec.
        assertThat(acknowledgedTwo.event(0).get("responseDue").asString()).isEqualTo("2026-12-15");

        assertThat(ledger.post(at + "/stages/3/acknowledgement", ackTwo.formatted(LATE, "Someone Else"))
                .body().get("provision").asString()).isEqualTo("5.3");

        String finalResponse = """
                {"occurredAt": "2026-11-19T12:00:00Z", %s, "decision": "UPHELD", "reasons": "Compensation was too low",
                 "remediesOffered": [{"type": "ACTION", "description": "Damp survey", "dueBy": "2026-12-18"}],
                 "outstandingActions": [], "escalationRoute": "%s", "respondedBy": "Pat Reviewer"}""";
        Reply withoutOmbudsman = ledger.post(at + "/stages/2/response",
                finalResponse.formatted(LATE, "Write to us again if you remain unhappy"));
        assertThat(withoutOmbudsman.status()).isEqualTo(409);
        assertThat(withoutOmbudsman.body().get("provision").asString()).isEqualTo("6.19");
        Reply responseTwo = ledger.post(at + "/stages/2/response",
                finalResponse.formatted(LATE, "You may now refer your complaint to the Housing Ombudsman"));
        assertThat(responseTwo.event(0).get("remediesOffered").get(0).get("actionId").asString()).isEqualTo("action-4");
        assertThat(ledger.post(at + "/escalation-request", "{}").body().get("provision").asString()).isEqualTo("5.3");

        assertThat(ledger.post(at + "/actions/action-1/completion", """
                {"occurredAt": "2026-11-20T10:00:00Z", %s, "note": "apology sent"}""".formatted(LATE))
                .event(0).get("onTime").asBoolean()).isTrue();
        assertThat(ledger.post(at + "/correspondence", """
                {"direction": "OUTBOUND", "party": "CONTRACTOR", "channel": "EMAIL", "summary": "Boiler order placed",
                 "documents": [{"name": "order.pdf", "mediaType": "application/pdf",
                                "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}""")
                .status()).isEqualTo(200);
        assertThat(ledger.post(at + "/documents", """
                {"kind": "SURVEY", "document": {"name": "damp-survey.pdf", "mediaType": "application/pdf",
                 "sha256": "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"}}""").status()).isEqualTo(200);
        assertThat(ledger.post(at + "/ombudsman-referral", """
                {"occurredAt": "2026-11-20T11:00:00Z", %s, "ombudsmanReference": "HOS-2026-123"}""".formatted(LATE))
                .status()).isEqualTo(200);
        Reply determination = ledger.post(at + "/ombudsman-determination", """
                {"occurredAt": "2026-11-20T11:30:00Z", %s,
                 "findings": [{"definedComplaint": "boiler repairs", "finding": "MALADMINISTRATION"}],
                 "orders": [{"findingId": "finding-1", "description": "Pay a further 200 pounds", "dueBy": "2027-01-15"}]}"""
                .formatted(LATE));
        assertThat(determination.event(0).get("findings").get(0).get("findingId").asString()).isEqualTo("finding-1");
        assertThat(determination.event(0).get("orders").get(0).get("orderId").asString()).isEqualTo("order-1");
        assertThat(ledger.post(at + "/ombudsman-orders/order-1/compliance", """
                {"occurredAt": "2026-11-20T12:00:00Z", %s, "evidence": "payment reference 77"}""".formatted(LATE))
                .event(0).get("onTime").asBoolean()).isTrue();

        JsonNode record = ledger.events(id);
        List<String> types = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            JsonNode event = record.get(i);
            assertThat(event.get("sequenceNumber").asLong()).isEqualTo(i);
            assertThat(event.get("recordedAt").isString()).isTrue();
            assertThat(event.get("occurredAt").asString()).isEqualTo(event.get("payload").get("occurredAt").asString());
            types.add(event.get("type").asString());
        }
        assertThat(types).containsExactly("ComplaintLogged", "IssueAdded", "StageAcknowledged", "StageExtended",
                "StageResponseIssued", "EscalationRequested", "StageAcknowledged", "StageResponseIssued",
                "ActionCompleted", "CorrespondenceRecorded", "DocumentAttached", "ReferredToOmbudsman",
                "OmbudsmanDetermined", "OmbudsmanOrderComplied");
    }

    @Test
    void aRefusedComplaintTakenOnAtTheOmbudsmansInstructionStartsStageOneAfresh() {
        // The issue arose in March 2025, but the resident became aware of it on 1 December 2025: within the window.
        Reply logged = ledger.post("/api/complaints", """
                {"occurredAt": "2026-11-02T10:00:00Z", %s, "channel": "EMAIL",
                 "complainant": {"residentName": "Rita Resident"}, "category": "repairs", "tenure": "LOW_COST_RENTAL",
                 "description": "Leak found behind the bath panel", "outcomesSought": ["leak repaired"],
                 "issueArose": "2025-03-01", "residentBecameAware": "2025-12-01"}""".formatted(LATE));
        assertThat(logged.event(0).get("residentBecameAware").asString()).isEqualTo("2025-12-01");
        assertThat(logged.event(0).get("beyondRefusalWindow").asBoolean()).isFalse();
        String at = "/api/complaints/" + logged.id();
        assertThat(ledger.post(at + "/refusal", """
                {"occurredAt": "2026-11-03T10:00:00Z", %s, "reason": "MORE_THAN_12_MONTHS", "explanation": "too old",
                 "residentToldOfOmbudsmanRight": true}""".formatted(LATE)).body().get("rule").asString())
                .isEqualTo("refusal-within-12-months");
        assertThat(ledger.post(at + "/refusal", """
                {"occurredAt": "2026-11-03T10:00:00Z", %s, "reason": "LEGAL_PROCEEDINGS",
                 "explanation": "a claim was issued", "residentToldOfOmbudsmanRight": true}""".formatted(LATE))
                .status()).isEqualTo(200);

        Reply takenOn = ledger.post(at + "/take-on-instruction", """
                {"occurredAt": "2026-11-05T10:00:00Z", %s, "instructedBy": "HOUSING_OMBUDSMAN",
                 "instructionReference": "202601234", "reason": "no claim was issued after all"}""".formatted(LATE));
        assertThat(takenOn.eventTypes()).containsExactly("ComplaintTakenOn");
        assertThat(takenOn.event(0).get("stage").asString()).isEqualTo("ONE");
        // Instructed Thu 5 Nov: 5 working days are 6, 9, 10, 11 and Thu 12 Nov.
        assertThat(takenOn.event(0).get("acknowledgementDue").asString()).isEqualTo("2026-11-12");
        assertThat(ledger.post(at + "/stages/1/acknowledgement", """
                {"occurredAt": "2026-11-06T09:00:00Z", %s, "handler": "Sam Handler",
                 "definition": {"understanding": "Leak not repaired", "outcomesSought": ["repair"]},
                 "responsibleFor": ["plumbing"], "notResponsibleFor": []}""".formatted(LATE))
                .event(0).get("onTime").asBoolean()).isTrue();
    }

    /**
     * A complaint received while the landlord's procedure had a third stage (2022/23, see {@link LedgerTest}) follows
     * the 2022 Code through three stages; no bank holidays from 6 February to 30 March 2023.
     */
    @Test
    void aComplaintUnderThe2022CodeOfAThreeStageProcedureGoesToStageThreeAtTheResidentsRequest() {
        Reply logged = ledger.post("/api/complaints", """
                {"occurredAt": "2023-02-06T10:00:00Z", %s, "channel": "LETTER", "complainant": {"residentName": "Olu"},
                 "category": "repairs", "tenure": "LOW_COST_RENTAL", "description": "Window will not close", "outcomesSought": ["a window that shuts"]}"""
                .formatted(LATE));
        String at = "/api/complaints/" + logged.id();
        // Received Mon 6 Feb 2023: five days of receipt (4.1) in calendar days, Tue 7 .. Sat 11 Feb.
        assertThat(logged.event(0).get("codeVersion").asString()).isEqualTo("2022");
        assertThat(logged.event(0).get("acknowledgementDue").asString()).isEqualTo("2023-02-11");
        assertThat(logged.event(0).get("finalStage").asString()).isEqualTo("THREE");
        String ack = """
                {"occurredAt": "%s", %s, "handler": "%s",
                 "definition": {"understanding": "Window will not close", "outcomesSought": ["repair"]},
                 "responsibleFor": ["windows"], "notResponsibleFor": []}""";
        // Logged at stage one Tue 7 Feb: 10 working days (5.1) end Tue 21 Feb.
        assertThat(ledger.post(at + "/stages/1/acknowledgement", ack.formatted("2023-02-07T09:00:00Z", LATE, "Sam Handler"))
                .event(0).get("responseDue").asString()).isEqualTo("2023-02-21");
        String response = """
                {"occurredAt": "%s", %s, "decision": "NOT_UPHELD", "reasons": "The window was repaired in January",
                 "remediesOffered": [], "outstandingActions": [], "escalationRoute": "%s", "respondedBy": "%s"}""";
        assertThat(ledger.post(at + "/stages/1/response", response.formatted("2023-02-10T09:00:00Z", LATE,
                "Ask us for stage 2", "Sam Handler")).status()).isEqualTo(200);

        // Escalated Mon 13 Feb: no acknowledgement deadline; 20 working days from the request (5.13) end Mon 13 Mar.
        JsonNode toStageTwo = ledger.post(at + "/escalation-request", """
                {"occurredAt": "2023-02-13T10:00:00Z", %s}""".formatted(LATE)).event(0);
        assertThat(toStageTwo.path("acknowledgementDue").isNull() || toStageTwo.path("acknowledgementDue").isMissingNode())
                .isTrue();
        assertThat(toStageTwo.get("responseDue").asString()).isEqualTo("2023-03-13");
        Reply stageTwoAnswered = ledger.post(at + "/stages/2/response", response.formatted("2023-03-01T09:00:00Z", LATE,
                "Ask us for a stage 3 review by our panel", "Dana Director"));
        assertThat(stageTwoAnswered.event(0).get("onTime").asBoolean()).isTrue();

        // Escalated again Thu 2 Mar: 20 working days from the request (5.18) end Thu 30 Mar.
        JsonNode toStageThree = ledger.post(at + "/escalation-request", """
                {"occurredAt": "2023-03-02T10:00:00Z", %s}""".formatted(LATE)).event(0);
        assertThat(toStageThree.get("toStage").asString()).isEqualTo("THREE");
        assertThat(toStageThree.get("responseDue").asString()).isEqualTo("2023-03-30");
        assertThat(ledger.post(at + "/stages/3/acknowledgement", ack.formatted("2023-03-03T09:00:00Z", LATE, "Panel Chair"))
                .event(0).get("responseDue").asString()).isEqualTo("2023-03-30");

        String extension = """
                {"occurredAt": "2023-03-06T09:00:00Z", %s, "newResponseDue": "2023-04-17", "reason": "%s",
                 "residentInformed": true, "ombudsmanContactDetailsGiven": true, "toConvenePanel": %s}""";
        Reply notForAPanel = ledger.post(at + "/stages/3/extension", extension.formatted(LATE, "busy", false));
        assertThat(notForAPanel.status()).isEqualTo(409);
        assertThat(notForAPanel.body().get("rule").asString()).isEqualTo("extension-only-to-convene-panel");
        assertThat(notForAPanel.body().get("provision").asString()).isEqualTo("5.18");
        Reply forAPanel = ledger.post(at + "/stages/3/extension", extension.formatted(LATE, "convening the panel", true));
        assertThat(forAPanel.event(0).get("beyondCodeLimit").asBoolean()).isFalse();

        assertThat(ledger.post(at + "/stages/3/response", response.formatted("2023-04-11T09:00:00Z", LATE,
                "You may now refer your complaint to the Housing Ombudsman", "Panel Chair")).event(0).get("onTime").asBoolean()).isTrue();
        assertThat(ledger.post(at + "/escalation-request", "{}").body().get("provision").asString()).isEqualTo("5.17");
    }

    @Test
    void aComplaintUnderThe2022CodeReceivedAfterTheLandlordDroppedItsThirdStageHasNone() {
        // Received Tue 2 May 2023, after the third stage ended on 31 March 2023 (LedgerTest).
        Reply logged = ledger.post("/api/complaints", """
                {"occurredAt": "2023-05-02T10:00:00Z", %s, "channel": "LETTER", "complainant": {"residentName": "Ivo"},
                 "category": "repairs", "tenure": "LOW_COST_RENTAL", "description": "Gutter leaks", "outcomesSought": ["gutter fixed"]}"""
                .formatted(LATE));
        assertThat(logged.event(0).get("finalStage").asString()).isEqualTo("TWO");
        Reply stageThree = ledger.post("/api/complaints/" + logged.id() + "/stages/3/response", """
                {"decision": "NOT_UPHELD", "reasons": "none", "remediesOffered": [], "outstandingActions": [],
                 "escalationRoute": "Housing Ombudsman", "respondedBy": "Dana Director"}""");
        assertThat(stageThree.status()).isEqualTo(409);
        assertThat(stageThree.body().get("provision").asString()).isEqualTo("5.17");
    }
}
