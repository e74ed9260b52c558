package org.complaintledger.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The processing groups as an operator sees them: readiness fails while a processor is stopped, and the group's lag
 * behind the head of the ledger grows while it is stopped and falls back to zero once it runs again.
 */
@LedgerTest
class ProcessorsHttpTest {

    private static final String GROUP = "retention";

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aStoppedProcessorTakesTheLedgerOutOfReadinessAndFallsBehindTheLedger() {
        LedgerClient officer = new LedgerClient(port);
        assertThat(officer.get("/actuator/health/readiness").status()).isEqualTo(200);
        EventProcessor retention = processing.eventProcessor(GROUP).orElseThrow();

        retention.shutDown();
        try {
            LedgerClient.Reply readiness = officer.get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.body().at("/components/processors/status").asString()).isEqualTo("OUT_OF_SERVICE");
            assertThat(readiness.body().at("/components/processors/details/processingGroups/" + GROUP + "/state")
                    .asString()).isEqualTo("stopped");

            officer.logComplaint();
            await().atMost(Duration.ofSeconds(30)).until(() -> gauge(officer, "ledger_processor_lag_events") >= 1);
            assertThat(gauge(officer, "ledger_processor_lag_seconds")).isGreaterThanOrEqualTo(0);
            assertThat(gauge(officer, "ledger_processor_running")).isZero();
        } finally {
            retention.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> officer.get("/actuator/health/readiness").status() == 200);
        await().atMost(Duration.ofSeconds(30)).until(() -> gauge(officer, "ledger_processor_lag_events") == 0);
        assertThat(gauge(officer, "ledger_processor_running")).isEqualTo(1);
        assertThat(gauge(officer, "ledger_head_global_index", "")).isPositive();
    }

    private static double gauge(LedgerClient client, String name) {
        return gauge(client, name, "\\{processing_group=\"" + GROUP + "\"}");
    }

    private static double gauge(LedgerClient client, String name, String labels) {
        String scraped = client.getText("/actuator/prometheus").body();
        Matcher value = Pattern.compile("(?m)^" + name + labels + " (\\S+)$").matcher(scraped);
        if (!value.find()) {
            throw new AssertionError(name + labels + " not on /actuator/prometheus");
        }
        return Double.parseDouble(value.group(1));
    }
}
