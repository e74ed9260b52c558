package org.complaintledger.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** What an operator scrapes: health, and Prometheus metrics that include Axon's. */
@LedgerTest
class ActuatorEndpointsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    ApplicationContext context;

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusShowsAxonMetricsOnceAnEventIsStored() throws Exception {
        eventStore.publish(new GenericDomainEventMessage<>(
                "InfraTestStream", "metrics-" + UUID.randomUUID(), 0, new Observed("scraped")));

        HttpResponse<String> metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        // Dimensional (axon.metrics.micrometer.dimensional=true): one meter, tagged by payload type.
        assertThat(metrics.body())
                .contains("eventStore_ingestedCounter_total")
                .containsPattern("eventStore_allTimer_seconds_count\\{payloadType=\"Observed\"} [1-9]");
    }

    /**
     * Axon's metrics auto-configuration names Spring Boot 3's meter registry classes to come after; in Boot 4 they
     * moved, so without infra's ordering Axon registers a stray SimpleMeterRegistry of its own.
     */
    @Test
    void axonRecordsIntoTheRegistryThatPrometheusScrapes() {
        assertThat(context.getBeansOfType(MeterRegistry.class).values())
                .singleElement().isInstanceOf(PrometheusMeterRegistry.class);
        assertThat(context.getBean(GlobalMetricRegistry.class).getRegistry())
                .isSameAs(context.getBean(PrometheusMeterRegistry.class));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    record Observed(String what) {
    }
}
