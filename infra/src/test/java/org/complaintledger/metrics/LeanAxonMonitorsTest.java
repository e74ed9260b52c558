package org.complaintledger.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

class LeanAxonMonitorsTest {

    private record Recorded(String reason) {
    }

    @Test
    void theCommandBusKeepsAxonsMetersByNameAndTagsLessTheCapacityGauge() {
        Set<String> lean = meters(
                CommandBus.class, "commandBus", GenericCommandMessage.asCommandMessage(new Recorded("a")));
        Set<String> axons = axonsOwn(CommandBus.class, "commandBus",
                GenericCommandMessage.asCommandMessage(new Recorded("a")));

        assertThat(axons).anyMatch(meter -> meter.contains("capacity"));
        assertThat(lean).isNotEmpty().noneMatch(meter -> meter.contains("capacity"))
                .allMatch(meter -> meter.startsWith("commandBus.") && meter.contains("payloadType=Recorded"));
        assertThat(lean).containsExactlyInAnyOrderElementsOf(
                axons.stream().filter(meter -> !meter.contains("capacity")).toList());
    }

    @Test
    void theEventProcessorsKeepTheirTimersCountersAndLatencyByProcessorLessTheCapacityGauge() {
        Set<String> lean = meters(
                EventProcessor.class, "due-steps", GenericEventMessage.asEventMessage(new Recorded("b")));
        Set<String> axons = axonsOwn(EventProcessor.class, "due-steps",
                GenericEventMessage.asEventMessage(new Recorded("b")));

        assertThat(lean).anyMatch(meter -> meter.startsWith("eventProcessor.latency"))
                .allMatch(meter -> meter.contains("processorName=due-steps"))
                .noneMatch(meter -> meter.contains("capacity"));
        assertThat(lean).containsExactlyInAnyOrderElementsOf(
                axons.stream().filter(meter -> !meter.contains("capacity")).toList());
    }

    @Test
    void theCommandBusCountsAndTimesEachOutcomeAsAxonDoes() {
        SimpleMeterRegistry lean = new SimpleMeterRegistry();
        SimpleMeterRegistry axons = new SimpleMeterRegistry();

        feed(lean(lean, CommandBus.class, "commandBus"));
        feed(axons(axons, CommandBus.class, "commandBus"));

        assertThat(counts(lean)).containsEntry("commandBus.ingestedCounter[tag(payloadType=Recorded)]", 5.0)
                .containsEntry("commandBus.successCounter[tag(payloadType=Recorded)]", 2.0)
                .containsEntry("commandBus.failureTimer[tag(payloadType=Recorded)]", 1.0)
                .containsEntry("commandBus.allTimer[tag(payloadType=Recorded)]", 4.0)
                .containsEntry("commandBus.ignoredCounter[tag(payloadType=Recorded)]", 1.0)
                .containsEntry("commandBus.processedCounter[tag(payloadType=Other)]", 1.0)
                .isEqualTo(counts(axons));
    }

    @Test
    void aProcessorsLatencyIsTheAgeOfTheLastEventItTook() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MessageMonitor<Message<?>> monitor = lean(registry, EventProcessor.class, "due-steps");

        monitor.onMessageIngested(eventRecordedSecondsAgo(60));
        monitor.onMessageIngested(eventRecordedSecondsAgo(2));

        assertThat(registry.get("eventProcessor.latency").tag("processorName", "due-steps").gauge().value())
                .isBetween(2_000.0, 10_000.0);
    }

    private static Message<?> eventRecordedSecondsAgo(long seconds) {
        return new GenericEventMessage<>(new GenericMessage<>(new Recorded("d")),
                () -> Instant.now().minusSeconds(seconds));
    }

    /** Five messages of one payload type and one of another: two succeed, one fails, one is ignored, one runs on. */
    private static void feed(MessageMonitor<Message<?>> monitor) {
        Message<?> recorded = GenericCommandMessage.asCommandMessage(new Recorded("c"));
        monitor.onMessageIngested(recorded).reportSuccess();
        monitor.onMessageIngested(recorded).reportSuccess();
        monitor.onMessageIngested(recorded).reportFailure(new IllegalStateException("refused"));
        monitor.onMessageIngested(recorded).reportIgnored();
        monitor.onMessageIngested(recorded);
        monitor.onMessageIngested(GenericCommandMessage.asCommandMessage(new Other())).reportSuccess();
    }

    /** Each counter's count and each timer's number of recordings, by name and tags; capacity gauges left out. */
    private static Map<String, Double> counts(MeterRegistry registry) {
        Map<String, Double> counts = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            String key = meter.getId().getName() + meter.getId().getTags();
            if (meter instanceof Counter counter) {
                counts.put(key, counter.count());
            } else if (meter instanceof Timer timer) {
                counts.put(key, (double) timer.count());
            }
        }
        return counts;
    }

    private record Other() {
    }

    @SuppressWarnings("unchecked")
    private static MessageMonitor<Message<?>> lean(MeterRegistry registry, Class<?> component, String name) {
        return (MessageMonitor<Message<?>>) new LeanAxonMonitors(new GlobalMetricRegistry(registry), true)
                .monitor(component, name);
    }

    @SuppressWarnings("unchecked")
    private static MessageMonitor<Message<?>> axons(MeterRegistry registry, Class<?> component, String name) {
        return (MessageMonitor<Message<?>>) new GlobalMetricRegistry(registry)
                .registerComponentWithDefaultTags(component, name);
    }

    private static Set<String> meters(Class<?> component, String name, Message<?> message) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        lean(registry, component, name).onMessageIngested(message).reportSuccess();
        return names(registry);
    }

    private static Set<String> axonsOwn(Class<?> component, String name, Message<?> message) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        axons(registry, component, name).onMessageIngested(message).reportSuccess();
        return names(registry);
    }

    private static Set<String> names(MeterRegistry registry) {
        Set<String> names = new TreeSet<>();
        for (Meter meter : registry.getMeters()) {
            names.add(meter.getId().getName() + meter.getId().getTags());
        }
        return names;
    }
}
