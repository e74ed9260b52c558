package org.complaintledger.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The business figures on /actuator/prometheus (docs/operations.md, "Monitoring"). Every series is registered up front
 * (stages, steps and kinds are fixed lists), so a dashboard sees zeros rather than no data, and the figures are worked
 * out at most once per {@code complaint-ledger.metrics.figures-max-age} (15 s), however often they are scraped.
 */
@Component
class BusinessMetrics implements MeterBinder {

    private final Recomputed<BusinessFigures> figures;

    BusinessMetrics(ReadModelFigures figures,
                    @Value("${complaint-ledger.metrics.figures-max-age:PT15S}") Duration maxAge) {
        this.figures = new Recomputed<>(figures::read, maxAge);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String stage : BusinessFigures.OPEN_STAGES) {
            gauge(registry, "ledger.complaints.open", Tags.of("stage", stage),
                    "Complaints open, by stage (or with the Ombudsman)", f -> f.open(stage));
        }
        gauge(registry, "ledger.steps.overdue", Tags.empty(),
                "Steps owed (acknowledgements, responses, remedies, actions, orders) past their due date",
                BusinessFigures::stepsOverdue);
        gauge(registry, "ledger.steps.due.soon", Tags.empty(),
                "Steps owed that fall due today or within the next " + BusinessFigures.DUE_SOON_WORKING_DAYS
                        + " working days", BusinessFigures::stepsDueSoon);
        for (int stage : BusinessFigures.STAGES) {
            for (String step : BusinessFigures.STEPS) {
                for (String timing : BusinessFigures.TIMINGS) {
                    gauge(registry, "ledger.stage.steps.recorded",
                            Tags.of("stage", String.valueOf(stage), "step", step, "timing", timing),
                            "Acknowledgements and responses recorded, on time or late (responses against the "
                                    + "deadline as extended)", f -> f.recorded(stage, step, timing));
                }
            }
        }
        for (String kind : BusinessFigures.EXTENSION_KINDS) {
            gauge(registry, "ledger.extensions", Tags.of("kind", kind),
                    "Extensions of a stage's response deadline recorded, by whether the Code allowed them (6.4, 6.15)",
                    f -> f.extensions(kind));
        }
    }

    private void gauge(MeterRegistry registry, String name, Tags tags, String description,
                       ToDoubleFunction<BusinessFigures> value) {
        Gauge.builder(name, figures, recomputed -> {
                    BusinessFigures latest = recomputed.get();
                    return latest == null ? Double.NaN : value.applyAsDouble(latest);
                })
                .tags(tags).description(description).register(registry);
    }
}
