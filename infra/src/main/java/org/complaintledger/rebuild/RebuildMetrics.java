package org.complaintledger.rebuild;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/** The latest rebuild's progress as gauges, for a dashboard to follow one that takes minutes. */
@Component
class RebuildMetrics implements MeterBinder {

    private final ReadModelRebuilds rebuilds;

    RebuildMetrics(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "ledger.rebuild.running", "1 while a rebuild of this process runs, else 0",
                p -> p.phase().finished() ? 0 : 1);
        gauge(registry, "ledger.rebuild.events.done", "events the latest rebuild has applied", p -> p.eventsDone());
        gauge(registry, "ledger.rebuild.events.to.apply", "events the latest rebuild has to apply", p -> p.eventsTotal());
        gauge(registry, "ledger.rebuild.events.per.second", "the latest rebuild's rate", p -> p.eventsPerSecond());
        gauge(registry, "ledger.rebuild.seconds.left", "the latest rebuild's time left at its rate",
                p -> p.secondsLeft() == null ? Double.NaN : p.secondsLeft());
        gauge(registry, "ledger.rebuild.failed", "1 if the latest rebuild failed, else 0",
                p -> p.phase() == RebuildProgress.Phase.FAILED ? 1 : 0);
    }

    private void gauge(MeterRegistry registry, String name, String description,
                       ToDoubleFunction<RebuildProgress> value) {
        Gauge.builder(name, rebuilds, r -> r.latest().map(value::applyAsDouble).orElse(0.0))
                .description(description).register(registry);
    }
}
