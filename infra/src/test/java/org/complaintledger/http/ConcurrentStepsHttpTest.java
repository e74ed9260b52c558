package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Commands racing on one complaint never corrupt it: each wins or is refused, and the sequence stays gapless. */
@LedgerTest
class ConcurrentStepsHttpTest {

    private static final int CLIENTS = 8;
    private static final int STEPS_EACH = 10;

    @LocalServerPort
    int port;

    @Test
    void racingStepsOnOneComplaintKeepItsSequenceGapless() throws Exception {
        LedgerClient ledger = new LedgerClient(port);
        String id = ledger.logComplaint();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Callable<Reply>> steps = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            for (int step = 0; step < STEPS_EACH; step++) {
                String summary = "call " + client + "/" + step;
                steps.add(() -> ledger.post("/api/complaints/" + id + "/correspondence", """
                        {"direction": "INBOUND", "party": "RESIDENT", "channel": "PHONE", "summary": "%s"}"""
                        .formatted(summary)));
            }
        }
        // Two racing acknowledgements: exactly one can win.
        String acknowledgement = """
                {"handler": "H%d", "definition": {"understanding": "u", "outcomesSought": ["o"]},
                 "responsibleFor": [], "notResponsibleFor": []}""";
        steps.add(() -> ledger.post("/api/complaints/" + id + "/stages/1/acknowledgement", acknowledgement.formatted(1)));
        steps.add(() -> ledger.post("/api/complaints/" + id + "/stages/1/acknowledgement", acknowledgement.formatted(2)));
        List<Reply> replies;
        try {
            replies = pool.invokeAll(steps).stream().map(ConcurrentStepsHttpTest::get).toList();
        } finally {
            pool.shutdownNow();
        }

        assertThat(replies).extracting(Reply::status).containsOnly(200, 409);
        long won = replies.stream().filter(r -> r.status() == 200).count();
        assertThat(won).isEqualTo(CLIENTS * STEPS_EACH + 1);
        JsonNode record = ledger.events(id);
        assertThat(record.size()).isEqualTo(won + 1);
        for (int i = 0; i < record.size(); i++) {
            assertThat(record.get(i).get("sequenceNumber").asLong()).isEqualTo(i);
        }
    }

    private static Reply get(Future<Reply> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
