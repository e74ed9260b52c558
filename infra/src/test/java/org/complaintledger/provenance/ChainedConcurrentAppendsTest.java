package org.complaintledger.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends racing for one record's next sequence number still end as they did before chains: one wins, the other is
 * Axon's ConcurrencyException (a command is retried or answered 409, never 500), and no chain row is left without its
 * event.
 */
@LedgerTest
class ChainedConcurrentAppendsTest {

    private static final int CLIENTS = 8;
    private static final int STEPS_EACH = 8;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    AppendSeals seals;

    @Test
    void racingCommandsOnOneComplaintAreAnsweredOrRefusedAndEveryEventIsChainedOnce() throws Exception {
        LedgerClient ledger = new LedgerClient(port);
        String id = ledger.logComplaint();
        List<Callable<Reply>> steps = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            for (int step = 0; step < STEPS_EACH; step++) {
                String summary = "call " + client + "/" + step;
                steps.add(() -> ledger.post("/api/complaints/" + id + "/correspondence", """
                        {"direction": "INBOUND", "party": "RESIDENT", "channel": "PHONE", "summary": "%s"}"""
                        .formatted(summary)));
            }
        }
        String acknowledgement = """
                {"handler": "H%d", "definition": {"understanding": "u", "outcomesSought": ["o"]},
                 "responsibleFor": [], "notResponsibleFor": []}""";
        steps.add(() -> ledger.post("/api/complaints/" + id + "/stages/1/acknowledgement", acknowledgement.formatted(1)));
        steps.add(() -> ledger.post("/api/complaints/" + id + "/stages/1/acknowledgement", acknowledgement.formatted(2)));

        List<Reply> replies = all(steps);

        assertThat(replies).extracting(Reply::status).containsOnly(200, 409);
        long won = replies.stream().filter(reply -> reply.status() == 200).count();
        assertThat(won).isEqualTo(CLIENTS * STEPS_EACH + 1);
        StoredChains.Verdict verdict = StoredChains.verify(jdbc, seals, id);
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.events()).isEqualTo(won + 1);
        assertThat(chainRows(id)).isEqualTo(won + 1);
    }

    @Test
    void twoAppendsOfTheSameSequenceNumberEndInOneEventAndAConcurrencyException() throws Exception {
        for (int round = 0; round < 20; round++) {
            String record = "ChainRaceStream-" + UUID.randomUUID();
            eventStore.publish(ChainedAppendTest.event(record, 0));
            CyclicBarrier start = new CyclicBarrier(2);
            List<Callable<String>> racers = new ArrayList<>();
            for (int racer = 0; racer < 2; racer++) {
                racers.add(() -> {
                    start.await();
                    try {
                        eventStore.publish(ChainedAppendTest.event(record, 1));
                        return "appended";
                    } catch (ConcurrencyException e) {
                        return "ConcurrencyException";
                    }
                });
            }

            List<String> outcomes = all(racers);

            assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder("appended", "ConcurrencyException");
            // The loser's link was never kept (ChainHeads): the next event follows the winner's.
            eventStore.publish(ChainedAppendTest.event(record, 2));
            StoredChains.Verdict verdict = StoredChains.verify(jdbc, seals, record);
            assertThat(verdict.problems()).isEmpty();
            assertThat(verdict.events()).isEqualTo(3);
            assertThat(chainRows(record)).isEqualTo(3);
        }
    }

    private long chainRows(String aggregate) {
        return jdbc.queryForObject("SELECT count(*) FROM event_chain WHERE aggregate_identifier = ?", Long.class,
                aggregate);
    }

    private static <T> List<T> all(List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(tasks.size(), CLIENTS));
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                try {
                    results.add(future.get());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
