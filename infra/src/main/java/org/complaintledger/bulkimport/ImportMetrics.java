package org.complaintledger.bulkimport;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.complaintledger.metrics.LatestProgressGauges;
import org.springframework.stereotype.Component;

/**
 * The latest import's progress as gauges ({@code ledger_import_*} in Prometheus), for a dashboard to follow an import
 * of a landlord's history that takes minutes. No gauge ends in {@code _total}: Prometheus would strip it.
 */
@Component
class ImportMetrics implements MeterBinder {

    private final LedgerImport imports;

    ImportMetrics(LedgerImport imports) {
        this.imports = imports;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        var gauges = new LatestProgressGauges<>(registry, imports, LedgerImport::latest);
        gauges.gauge("ledger.import.running", "1 while an import of this process runs, else 0",
                p -> p.running() ? 1 : 0);
        gauges.gauge("ledger.import.steps.done", "steps the latest import has dealt with", p -> p.done());
        gauges.gauge("ledger.import.steps.to.import", "steps in the latest import's file", p -> p.total());
        gauges.gauge("ledger.import.steps.imported", "steps the latest import put on the ledger",
                p -> p.imported());
        gauges.gauge("ledger.import.steps.refused", "lines the latest import refused or skipped after a refusal",
                p -> p.refused());
        gauges.gauge("ledger.import.steps.per.second", "the latest import's rate", p -> p.stepsPerSecond());
        gauges.gauge("ledger.import.seconds.left", "the latest import's time left at its rate",
                p -> p.secondsLeft());
    }
}
