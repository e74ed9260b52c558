package org.complaintledger.eventstream;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintledger.http.LedgerClient;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Without bootstrap servers (the embedded default) the stream is off: no publisher, no producer, no metrics. */
@LedgerTest
class EventStreamOffTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void withoutBootstrapServersNothingOfKafkaStartsAndTheStateSaysSo() {
        assertThat(context.getBeansOfType(EventStreamPublisher.class)).isEmpty();
        assertThat(context.getBeansOfType(EventStreamMetrics.class)).isEmpty();
        // The publisher's thread (a stopped application's publisher has joined its own before its context closed).
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals("event-stream"));
        LedgerClient officer = new LedgerClient(port);
        var state = officer.get("/api/event-stream").body();
        assertThat(state.path("enabled").asBoolean(true)).isFalse();
        assertThat(state.path("topic").asString()).isEqualTo("complaint-ledger.events");
        var replay = officer.post("/api/event-stream/replay?fromPosition=0", null);
        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.body().path("type").asString()).isEqualTo("urn:complaint-ledger:problem:event-stream-off");
        assertThat(officer.get("/actuator/prometheus").raw().body()).doesNotContain("ledger_event_stream_");
    }
}
