package org.complaintledger.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;

/**
 * Axon's {@code EventProcessorLatencyMonitor} under its name and tags ({@code eventProcessor.latency}: milliseconds
 * from the last event a processor took to when it took it), with its gauge registered once: Axon's registers it again
 * for every event, which costs a registry look-up per event and makes Micrometer warn that the gauge is already
 * registered.
 */
final class ProcessorLatency implements MessageMonitor<Message<?>> {

    private final AtomicLong millisBehind = new AtomicLong();

    ProcessorLatency(String prefix, MeterRegistry registry, Tags tags) {
        Gauge.builder(prefix + ".latency", millisBehind, AtomicLong::get).tags(tags).strongReference(true)
                .register(registry);
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        if (message instanceof EventMessage<?> event) {
            millisBehind.set(Clock.SYSTEM.wallTime() - event.getTimestamp().toEpochMilli());
        }
        return NoOpMessageMonitorCallback.INSTANCE;
    }
}
