package org.complaintledger.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Gauges over the latest run of a long job (a rebuild, an import), each reading 0 before the first run. The gauges
 * hold the job's owner, a long-lived bean, so Micrometer's weak reference keeps them alive.
 */
public final class LatestProgressGauges<O, P> {

    private final MeterRegistry registry;
    private final O owner;
    private final Function<O, Optional<P>> latest;

    public LatestProgressGauges(MeterRegistry registry, O owner, Function<O, Optional<P>> latest) {
        this.registry = registry;
        this.owner = owner;
        this.latest = latest;
    }

    public LatestProgressGauges<O, P> gauge(String name, String description, ToDoubleFunction<P> value) {
        Gauge.builder(name, owner, o -> latest.apply(o).map(value::applyAsDouble).orElse(0.0))
                .description(description).register(registry);
        return this;
    }
}
