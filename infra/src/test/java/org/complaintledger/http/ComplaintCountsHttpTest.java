package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The complaint counts of a period follow the steps taken, per category and in all. */
@LedgerTest
class ComplaintCountsHttpTest {

    // A day no other test receives complaints on.
    private static final String PERIOD = "/api/reports/complaint-counts?from=2024-08-07&to=2024-08-07";
    private static final String LATE = "\"backdatingReason\": \"entered from the paper log\"";

    @LocalServerPort
    int port;

    @Test
    void countsWhatWasReceivedRefusedWithdrawnAndAcknowledgedOnTime() {
        LedgerClient ledger = new LedgerClient(port);
        String acknowledged = log(ledger, "repairs");
        log(ledger, "repairs");
        String refused = log(ledger, "anti-social-behaviour");
        assertThat(ledger.post("/api/complaints/" + acknowledged + "/stages/1/acknowledgement", """
                {"occurredAt": "2024-08-08", %s, "handler": "Hal",
                 "definition": {"understanding": "leak", "outcomesSought": ["repair"]},
                 "responsibleFor": ["roof"], "notResponsibleFor": []}""".formatted(LATE)).status()).isEqualTo(200);
        assertThat(ledger.post("/api/complaints/" + acknowledged + "/withdrawal",
                "{\"occurredAt\": \"2024-08-09\", %s, \"reason\": \"fixed\"}".formatted(LATE)).status()).isEqualTo(200);
        assertThat(ledger.post("/api/complaints/" + refused + "/refusal", """
                {"occurredAt": "2024-08-08", %s, "reason": "OTHER", "explanation": "a neighbour dispute, not a service",
                 "residentToldOfOmbudsmanRight": true}""".formatted(LATE)).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode rows = ledger.get(PERIOD).body();
            assertThat(rows.size()).isEqualTo(3);
            assertThat(counts(rows.get(0))).isEqualTo("anti-social-behaviour received=1 refused=1 withdrawn=0 ack=0/0");
            assertThat(counts(rows.get(1))).isEqualTo("repairs received=2 refused=0 withdrawn=1 ack=1/1");
            assertThat(counts(rows.get(2))).isEqualTo("all received=3 refused=1 withdrawn=1 ack=1/1");
        });
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsOrHasNoEnd() {
        LedgerClient ledger = new LedgerClient(port);
        assertThat(ledger.get("/api/reports/complaint-counts?from=2025-02-01&to=2025-01-01").status()).isEqualTo(400);
        assertThat(ledger.get("/api/reports/complaint-counts?from=2025-02-01").status()).isEqualTo(400);
    }

    private static String counts(JsonNode row) {
        return (row.get("category").isNull() ? "all" : row.get("category").asString()) + " received=" + row.get("received").asLong()
                + " refused=" + row.get("refused").asLong() + " withdrawn=" + row.get("withdrawn").asLong()
                + " ack=" + row.get("stageOneAcknowledgedOnTime").asLong() + "/" + row.get("stageOneAcknowledged").asLong();
    }

    private static String log(LedgerClient ledger, String category) {
        LedgerClient.Reply reply = ledger.post("/api/complaints", """
                {"occurredAt": "2024-08-07", %s, "channel": "LETTER",
                 "complainant": {"residentName": "Rhiannon Resident"}, "category": "%s", "tenure": "LOW_COST_RENTAL",
                 "description": "Leaking roof", "outcomesSought": ["roof repaired"]}""".formatted(LATE, category));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.id();
    }
}
