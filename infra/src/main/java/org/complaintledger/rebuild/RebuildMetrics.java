package org.complaintledger.rebuild;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.complaintledger.metrics.LatestProgressGauges;
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
        var gauges = new LatestProgressGauges<>(registry, rebuilds, ReadModelRebuilds::latest);
        gauges.gauge("ledger.rebuild.running", "1 while a rebuild of this process runs, else 0",
                p -> p.phase().finished() ? 0 : 1);
        gauges.gauge("ledger.rebuild.events.done", "events the latest rebuild has applied", p -> p.eventsDone());
        gauges.gauge("ledger.rebuild.events.to.apply", "events the latest rebuild has to apply", p -> p.eventsTotal());
        gauges.gauge("ledger.rebuild.events.per.second", "the latest rebuild's rate", p -> p.eventsPerSecond());
        gauges.gauge("ledger.rebuild.seconds.left", "the latest rebuild's time left at its rate",
                p -> p.secondsLeft() == null ? Double.NaN : p.secondsLeft());
        gauges.gauge("ledger.rebuild.failed", "1 if the latest rebuild failed, else 0",
                p -> p.phase() == RebuildProgress.Phase.FAILED ? 1 : 0);
    }
}
