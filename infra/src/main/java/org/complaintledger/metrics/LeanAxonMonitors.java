package org.complaintledger.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;

/**
 * Axon's Micrometer monitors as {@code axon.metrics.micrometer.dimensional=true} makes them, under the same names and
 * tags ({@code commandBus_*}, {@code eventProcessor_*}), less the capacity gauges of the command bus and the event
 * processors: a capacity monitor keeps a record of every message in flight and looks its gauge up per message, on
 * every command's path, for a figure the ledger's dashboards do not use. Their timers and counters are Axon's too, but
 * looked up once per payload type ({@link PayloadTypeMeters}), and the processors' latency gauge registered once
 * ({@link ProcessorLatency}). The event and query buses keep Axon's own
 * monitors; without dimensions, everything is Axon's own.
 */
final class LeanAxonMonitors extends MetricsConfigurerModule {

    static final String COMMAND_BUS = "commandBus";
    static final String EVENT_PROCESSOR = "eventProcessor";

    private final GlobalMetricRegistry axon;
    private final boolean dimensional;

    LeanAxonMonitors(GlobalMetricRegistry axon, boolean dimensional) {
        super(axon, dimensional);
        this.axon = axon;
        this.dimensional = dimensional;
    }

    @Override
    public void configureModule(Configurer configurer) {
        if (!dimensional) {
            super.configureModule(configurer);
            return;
        }
        configurer.configureMessageMonitor(configuration -> this::monitorOf);
    }

    @SuppressWarnings("unchecked")
    private MessageMonitor<Message<?>> monitorOf(Class<?> componentType, String componentName) {
        return (MessageMonitor<Message<?>>) monitor(componentType, componentName);
    }

    MessageMonitor<? extends Message<?>> monitor(Class<?> componentType, String componentName) {
        MeterRegistry registry = axon.getRegistry();
        if (CommandBus.class.isAssignableFrom(componentType)) {
            return new PayloadTypeMeters(COMMAND_BUS, registry,
                    payloadType -> Tags.of(TagsUtil.PAYLOAD_TYPE_TAG, payloadType.getSimpleName()));
        }
        if (EventProcessor.class.isAssignableFrom(componentType)) {
            Tags processor = Tags.of(TagsUtil.PROCESSOR_NAME_TAG, componentName);
            return new MultiMessageMonitor<>(new PayloadTypeMeters(EVENT_PROCESSOR, registry,
                    payloadType -> processor.and(TagsUtil.PAYLOAD_TYPE_TAG, payloadType.getSimpleName())),
                    new ProcessorLatency(EVENT_PROCESSOR, registry, processor));
        }
        return axon.registerComponentWithDefaultTags(componentType, componentName);
    }
}
