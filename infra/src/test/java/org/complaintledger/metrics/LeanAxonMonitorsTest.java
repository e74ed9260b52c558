package org.complaintledger.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericEventMessage;
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

    private static Set<String> meters(Class<?> component, String name, Message<?> message) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        LeanAxonMonitors monitors = new LeanAxonMonitors(new GlobalMetricRegistry(registry), true);
        @SuppressWarnings("unchecked")
        MessageMonitor<Message<?>> monitor = (MessageMonitor<Message<?>>) monitors.monitor(component, name);
        monitor.onMessageIngested(message).reportSuccess();
        return names(registry);
    }

    private static Set<String> axonsOwn(Class<?> component, String name, Message<?> message) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        @SuppressWarnings("unchecked")
        MessageMonitor<Message<?>> monitor = (MessageMonitor<Message<?>>)
                new GlobalMetricRegistry(registry).registerComponentWithDefaultTags(component, name);
        monitor.onMessageIngested(message).reportSuccess();
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
