package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Analysts see every complaint's figures under stable pseudonyms, and no personal data. */
@LedgerTest
class AnalysisHttpTest {

    // A day no other test receives complaints on, so this test's complaints are the whole period.
    private static final String DAY = "2024-07-17";
    private static final String PERIOD = "?from=" + DAY + "&to=" + DAY;

    @LocalServerPort
    int port;

    @Test
    void showsFiguresUnderStablePseudonymsWithoutPersonalData() {
        LedgerClient ledger = new LedgerClient(port);
        String first = log(ledger, "\"residentId\": \"RES-ANALYSIS-1\",", "10:00");
        String second = log(ledger, "\"residentId\": \"RES-ANALYSIS-1\",", "11:00");
        String third = log(ledger, "", "12:00");
        assertThat(ledger.post("/api/complaints/" + second + "/withdrawal",
                "{\"reason\": \"Zebedee Quartermaine moved away\"}").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode rows = ledger.get("/api/analysis/complaints" + PERIOD).body().get("complaints");
            assertThat(rows.size()).isEqualTo(3);
            assertThat(rows.get(1).get("status").asString()).isEqualTo("WITHDRAWN");
        });
        JsonNode rows = ledger.get("/api/analysis/complaints" + PERIOD).body().get("complaints");
        String text = rows.toString();
        assertThat(text).doesNotContain("Zebedee", "Quartermaine", "mould", "RES-ANALYSIS-1", first, second, third);
        assertThat(rows.get(0).get("resident").asString()).isEqualTo(rows.get(1).get("resident").asString())
                .isNotEqualTo(rows.get(2).get("resident").asString());
        assertThat(List.of(rows.get(0).get("complaint").asString(), rows.get(1).get("complaint").asString(),
                rows.get(2).get("complaint").asString())).doesNotHaveDuplicates();
        assertThat(rows.get(0).get("channel").asString()).isEqualTo("EMAIL");
        assertThat(rows.get(0).get("tenure").asString()).isEqualTo("LOW_COST_RENTAL");
        assertThat(rows.get(0).get("receivedOn").asString()).isEqualTo(DAY);
        // A 2024 Code complaint has two stages (5.3), whatever the landlord's procedure had in 2022/23.
        assertThat(rows.get(0).get("finalStage").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("stageThreeRequested").asBoolean()).isFalse();
        assertThat(rows.get(0).get("serviceRequest").asBoolean()).isFalse();
        assertThat(rows.get(0).get("status").asString()).isEqualTo("STAGE_ONE");
        assertThat(rows.get(0).get("closedOn").isNull()).isTrue();
        assertThat(rows.get(1).get("closedOn").asString()).isNotEmpty();
        assertThat(ledger.get("/api/analysis/complaints" + PERIOD).body().get("complaints")).isEqualTo(rows);

        HttpResponse<String> csv = ledger.getText("/api/analysis/complaints.csv" + PERIOD);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst()).startsWith("complaint,resident,codeVersion,finalStage,channel,category,categoryTaxonomy,tenure,serviceRequest,receivedOn,")
                .endsWith(",closedOn");
        List<String> pseudonyms = new ArrayList<>();
        rows.forEach(row -> pseudonyms.add(row.get("complaint").asString() + "," + row.get("resident").asString() + ","));
        assertThat(lines.subList(1, 4)).zipSatisfy(pseudonyms, (line, start) -> assertThat(line).startsWith(start));
        assertThat(csv.body()).doesNotContain("Zebedee", first);
    }

    /**
     * A 2022 complaint of a three-stage procedure ({@link LedgerTest}: a third stage for receipts from April 2022 to
     * March 2023) shows its stage 3 figures beside stages 1 and 2, and the facts recorded since: taxonomy version,
     * tenure, service request (not its reference) and the Ombudsman's non-compliance finding. No bank holidays from
     * 3 October to 9 December 2022.
     */
    @Test
    void showsAThreeStageComplaintsStageThreeFiguresBesideTheOtherStages() {
        LedgerClient ledger = new LedgerClient(port);
        String day = "2022-10-03";
        BackdatedComplaint complaint = BackdatedComplaint.logged(ledger, day + "T10:00:00+01:00", "repairs",
                "LOW_COST_HOME_OWNERSHIP", "\"serviceRequestReference\": \"SR-2022-0917\",");
        // Received Mon 3 Oct: five days of receipt (2022 4.1) in calendar days end Sat 8 Oct; logged Tue 4 Oct.
        assertThat(complaint.acknowledged(1, "2022-10-04T09:00:00Z", "Sam Handler").event(0).get("onTime").asBoolean())
                .isTrue();
        complaint.responded(1, "2022-10-12T09:00:00Z", "PARTLY_UPHELD", "Ask us for stage 2", "Sam Handler");
        // Escalated Thu 13 Oct: 20 working days from the request (2022 5.13) end Thu 10 Nov.
        assertThat(complaint.escalated("2022-10-13T10:00:00Z").event(0).get("responseDue").asString())
                .isEqualTo("2022-11-10");
        complaint.responded(2, "2022-11-09T09:00:00Z", "NOT_UPHELD", "Ask us for a stage 3 review by our panel",
                "Dana Director");
        // Escalated again Thu 10 Nov: 20 working days (2022 5.18) are 11, 14-18, 21-25, 28 Nov-2 Dec, 5-8 Dec.
        assertThat(complaint.escalated("2022-11-10T10:00:00Z").event(0).get("responseDue").asString())
                .isEqualTo("2022-12-08");
        complaint.acknowledged(3, "2022-11-11T09:00:00Z", "Panel Chair");
        // Answered Fri 9 Dec, a day late.
        complaint.responded(3, "2022-12-09T09:00:00Z", "UPHELD",
                "You may now refer your complaint to the Housing Ombudsman", "Panel Chair");
        complaint.handlingFailureFound("2023-02-01T09:00:00Z", "CODE_NON_COMPLIANCE_FINDING", "5.18");

        String period = "?from=" + day + "&to=" + day;
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ledger.get("/api/analysis/complaints" + period)
                .body().get("complaints").get(0).get("codeNonComplianceFindings").asInt()).isEqualTo(1));
        JsonNode rows = ledger.get("/api/analysis/complaints" + period).body().get("complaints");
        assertThat(rows.size()).isEqualTo(1);
        JsonNode row = rows.get(0);
        assertThat(row.get("codeVersion").asString()).isEqualTo("2022");
        assertThat(row.get("finalStage").asInt()).isEqualTo(3);
        assertThat(row.get("category").asString()).isEqualTo("repairs");
        assertThat(row.get("categoryTaxonomy").asString()).isEqualTo("v1");
        assertThat(row.get("tenure").asString()).isEqualTo("LOW_COST_HOME_OWNERSHIP");
        assertThat(row.get("serviceRequest").asBoolean()).isTrue();
        assertThat(row.get("status").asString()).isEqualTo("STAGE_THREE_RESPONDED");
        assertThat(stages(row)).containsExactly(
                "one acknowledged=true decision=PARTLY_UPHELD responded=true beyondLimit=false",
                "two acknowledged=null decision=NOT_UPHELD responded=true beyondLimit=false",
                "three acknowledged=null decision=UPHELD responded=false beyondLimit=false");
        assertThat(row.get("escalationRequested").asBoolean()).isTrue();
        assertThat(row.get("stageThreeRequested").asBoolean()).isTrue();
        assertThat(row.get("complaintHandlingFailureOrders").asInt()).isZero();
        assertThat(row.get("closedOn").asString()).isEqualTo("2022-12-09");
        assertThat(rows.toString()).doesNotContain("SR-2022-0917", "Wendy", "Panel Chair", complaint.id());

        List<String> csv = List.of(ledger.getText("/api/analysis/complaints.csv" + period).body().split("\r\n"));
        assertThat(csv).hasSize(2);
        List<String> header = List.of(csv.get(0).split(","));
        List<String> cells = List.of(csv.get(1).split(",", -1));
        assertThat(header).containsSubsequence("stageTwoExtendedBeyondLimit", "stageThreeRequested",
                "stageThreeAcknowledgedOnTime", "stageThreeDecision", "stageThreeRespondedOnTime",
                "stageThreeExtendedBeyondLimit", "referredToOmbudsman");
        assertThat(cells).hasSameSizeAs(header);
        assertThat(cells.get(header.indexOf("finalStage"))).isEqualTo("3");
        assertThat(cells.get(header.indexOf("stageThreeAcknowledgedOnTime"))).isEmpty();
        assertThat(cells.get(header.indexOf("stageThreeDecision"))).isEqualTo("UPHELD");
        assertThat(cells.get(header.indexOf("stageThreeRespondedOnTime"))).isEqualTo("false");
        assertThat(cells.get(header.indexOf("serviceRequest"))).isEqualTo("true");
        assertThat(cells.get(header.indexOf("codeNonComplianceFindings"))).isEqualTo("1");
        assertThat(csv.get(1)).doesNotContain("SR-2022-0917");
    }

    private static List<String> stages(JsonNode row) {
        List<String> stages = new ArrayList<>();
        for (String stage : List.of("One", "Two", "Three")) {
            stages.add(stage.toLowerCase() + " acknowledged=" + row.get("stage" + stage + "AcknowledgedOnTime")
                    + " decision=" + row.get("stage" + stage + "Decision").asString()
                    + " responded=" + row.get("stage" + stage + "RespondedOnTime")
                    + " beyondLimit=" + row.get("stage" + stage + "ExtendedBeyondLimit"));
        }
        return stages;
    }

    @Test
    void pagesThroughAPeriodInOrderOfReceipt() {
        LedgerClient ledger = new LedgerClient(port);
        String day = "2024-07-24";
        String earlier = log(ledger, day, "", "09:00");
        String later = log(ledger, day, "", "15:00");
        String period = "/api/analysis/complaints?from=" + day + "&to=" + day;
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ledger.get(period).body().get("complaints").size()).isEqualTo(2));
        JsonNode both = ledger.get(period).body().get("complaints");
        assertThat(ledger.get(period + "&limit=1").body().get("complaints")).containsExactly(both.get(0));
        assertThat(ledger.get(period + "&offset=1&limit=1").body().get("complaints")).containsExactly(both.get(1));
        assertThat(ledger.get(period + "&offset=2").body().get("complaints")).isEmpty();
        assertThat(both.toString()).doesNotContain(earlier, later);
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsAndPagesOutOfBounds() {
        LedgerClient ledger = new LedgerClient(port);
        LedgerClient.Reply backwards = ledger.get("/api/analysis/complaints?from=2025-02-01&to=2025-01-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().toString()).contains("\"to\"");
        assertThat(ledger.get("/api/analysis/complaints?limit=0").status()).isEqualTo(400);
        assertThat(ledger.get("/api/analysis/complaints?limit=10001").status()).isEqualTo(400);
        assertThat(ledger.get("/api/analysis/complaints?offset=-1").status()).isEqualTo(400);
        assertThat(ledger.getText("/api/analysis/complaints.csv?from=someday").statusCode()).isEqualTo(400);
    }

    private static String log(LedgerClient ledger, String residentId, String time) {
        return log(ledger, DAY, residentId, time);
    }

    private static String log(LedgerClient ledger, String day, String residentId, String time) {
        LedgerClient.Reply reply = ledger.post("/api/complaints", """
                {"occurredAt": "%sT%s:00+01:00", "backdatingReason": "entered from the paper log", "channel": "EMAIL",
                 "complainant": {%s "residentName": "Zebedee Quartermaine"}, "category": "repairs", "tenure": "LOW_COST_RENTAL",
                 "description": "Black mould in the kitchen", "outcomesSought": ["mould treated"]}"""
                .formatted(day, time, residentId));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.id();
    }
}
