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
            JsonNode rows = ledger.get("/api/analysis/complaints" + PERIOD).body();
            assertThat(rows.size()).isEqualTo(3);
            assertThat(rows.get(1).get("status").asString()).isEqualTo("WITHDRAWN");
        });
        JsonNode rows = ledger.get("/api/analysis/complaints" + PERIOD).body();
        String text = rows.toString();
        assertThat(text).doesNotContain("Zebedee", "Quartermaine", "mould", "RES-ANALYSIS-1", first, second, third);
        assertThat(rows.get(0).get("resident").asString()).isEqualTo(rows.get(1).get("resident").asString())
                .isNotEqualTo(rows.get(2).get("resident").asString());
        assertThat(List.of(rows.get(0).get("complaint").asString(), rows.get(1).get("complaint").asString(),
                rows.get(2).get("complaint").asString())).doesNotHaveDuplicates();
        assertThat(rows.get(0).get("channel").asString()).isEqualTo("EMAIL");
        assertThat(rows.get(0).get("tenure").asString()).isEqualTo("LOW_COST_RENTAL");
        assertThat(rows.get(0).get("receivedOn").asString()).isEqualTo(DAY);
        assertThat(rows.get(0).get("status").asString()).isEqualTo("STAGE_ONE");
        assertThat(rows.get(0).get("closedOn").isNull()).isTrue();
        assertThat(rows.get(1).get("closedOn").asString()).isNotEmpty();
        assertThat(ledger.get("/api/analysis/complaints" + PERIOD).body()).isEqualTo(rows);

        HttpResponse<String> csv = ledger.getText("/api/analysis/complaints.csv" + PERIOD);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst()).startsWith("complaint,resident,codeVersion,channel,category,tenure,receivedOn,")
                .endsWith(",closedOn");
        List<String> pseudonyms = new ArrayList<>();
        rows.forEach(row -> pseudonyms.add(row.get("complaint").asString() + "," + row.get("resident").asString() + ","));
        assertThat(lines.subList(1, 4)).zipSatisfy(pseudonyms, (line, start) -> assertThat(line).startsWith(start));
        assertThat(csv.body()).doesNotContain("Zebedee", first);
    }

    @Test
    void pagesThroughAPeriodInOrderOfReceipt() {
        LedgerClient ledger = new LedgerClient(port);
        String day = "2024-07-24";
        String earlier = log(ledger, day, "", "09:00");
        String later = log(ledger, day, "", "15:00");
        String period = "/api/analysis/complaints?from=" + day + "&to=" + day;
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ledger.get(period).body().size()).isEqualTo(2));
        JsonNode both = ledger.get(period).body();
        assertThat(ledger.get(period + "&limit=1").body()).containsExactly(both.get(0));
        assertThat(ledger.get(period + "&offset=1&limit=1").body()).containsExactly(both.get(1));
        assertThat(ledger.get(period + "&offset=2").body()).isEmpty();
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
