package org.complaintledger.processors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.complaintledger.metrics.Recomputed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each processing group on /actuator/prometheus (docs/operations.md, "Monitoring"): {@code ledger_head_global_index};
 * per tracking group, from the token store every process shares, {@code ledger_processor_lag_events} and
 * {@code ledger_processor_lag_seconds}; and per group as this process runs it, {@code ledger_processor_running},
 * {@code ledger_processor_error}, {@code ledger_processor_replaying} (1 or 0) and
 * {@code ledger_processor_segments_held}. The positions are read at most once per
 * {@code complaint-ledger.metrics.lag-max-age} (5 s), whatever the number of scrapes. A rebuild's progress is the
 * rebuild's own ledger_rebuild_* gauges.
 */
@Component
class ProcessingGroupMetrics implements MeterBinder {

    private static final String GROUP = "processing_group";

    private final EventProcessingConfiguration processing;
    private final Recomputed<LedgerPositions.Positions> positions;

    ProcessingGroupMetrics(EventProcessingConfiguration processing, LedgerPositions positions,
                     @Value("${complaint-ledger.metrics.lag-max-age:PT5S}") Duration maxAge) {
        this.processing = processing;
        this.positions = new Recomputed<>(positions::read, maxAge);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("ledger.head.global.index", positions, p -> read(p, LedgerPositions.Positions::head))
                .description("The highest global index appended to the ledger (by any process)")
                .register(registry);
        processing.eventProcessors().forEach((name, processor) -> {
            state(registry, name, "ledger.processor.running", "1 while this process runs the group's processor",
                    EventProcessor::isRunning);
            state(registry, name, "ledger.processor.error",
                    "1 while the group's processor is in error (retrying after a failure)", InError::test);
            if (processor instanceof StreamingEventProcessor) {
                tracked(registry, name);
            }
        });
    }

    /** A streaming group's lag (from the shared token store), segments and replay. */
    private void tracked(MeterRegistry registry, String name) {
        Gauge.builder("ledger.processor.lag.events", positions, p -> read(p, at -> lagOf(at, name).events()))
                .tag(GROUP, name)
                .description("Events appended that the group's slowest segment has not yet handled")
                .register(registry);
        Gauge.builder("ledger.processor.lag", positions, p -> read(p, at -> lagOf(at, name).seconds()))
                .tag(GROUP, name).baseUnit("seconds")
                .description("How long the oldest event the group has not yet handled has waited (0 when caught up)")
                .register(registry);
        Gauge.builder("ledger.processor.segments.held", processing, p -> streaming(p, name) == null ? 0
                        : streaming(p, name).processingStatus().size())
                .tag(GROUP, name).description("Segments of the group this process holds")
                .register(registry);
        state(registry, name, "ledger.processor.replaying", "1 while the group's processor replays (a reset)",
                p -> p instanceof StreamingEventProcessor s && s.isReplaying());
    }

    private void state(MeterRegistry registry, String name, String metric, String description,
                       Predicate<EventProcessor> state) {
        Gauge.builder(metric, processing, p -> p.eventProcessor(name).map(state::test).orElse(false) ? 1 : 0)
                .tag(GROUP, name).description(description)
                .register(registry);
    }

    private static StreamingEventProcessor streaming(EventProcessingConfiguration processing, String name) {
        return processing.eventProcessor(name).filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).orElse(null);
    }

    /** A group with no token yet (its processor never started anywhere) has handled nothing. */
    private static GroupLag lagOf(LedgerPositions.Positions at, String name) {
        GroupLag lag = at.lag().get(name);
        return lag != null ? lag : new GroupLag(at.head(), Double.NaN);
    }

    private static double read(Recomputed<LedgerPositions.Positions> positions,
                               ToDoubleFunction<LedgerPositions.Positions> value) {
        LedgerPositions.Positions latest = positions.get();
        return latest == null ? Double.NaN : value.applyAsDouble(latest);
    }
}
