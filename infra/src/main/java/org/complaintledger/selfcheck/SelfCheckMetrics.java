package org.complaintledger.selfcheck;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;

/**
 * The latest completed self-check on /actuator/prometheus: {@code ledger_self_check_failures} (0 when it passed),
 * {@code ledger_self_check_last_run_timestamp_seconds} (when it finished), {@code ledger_self_check_duration_seconds},
 * {@code ledger_self_check_events_verified}, {@code ledger_self_check_leaves_verified},
 * {@code ledger_self_check_checkpoints_verified}, {@code ledger_self_check_hashed_bytes}; and
 * {@code ledger_self_check_running} (1 while one runs). NaN before any check has completed. Alert on failures above
 * zero, and on a last run older than twice the interval.
 */
class SelfCheckMetrics implements MeterBinder {

    private final SelfCheck selfCheck;

    SelfCheckMetrics(SelfCheck selfCheck) {
        this.selfCheck = selfCheck;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "ledger.self.check.failures", null, "Failures the latest completed self-check found",
                SelfCheckResult::failureCount);
        gauge(registry, "ledger.self.check.last.run.timestamp", "seconds",
                "When the latest completed self-check finished (Unix time)",
                result -> result.finishedAt().toEpochMilli() / 1_000.0);
        gauge(registry, "ledger.self.check.duration", "seconds", "How long the latest completed self-check took",
                result -> result.duration().toNanos() / 1e9);
        gauge(registry, "ledger.self.check.events.verified", null, "Events the latest completed self-check verified",
                SelfCheckResult::eventsVerified);
        gauge(registry, "ledger.self.check.leaves.verified", null, "Leaves the latest completed self-check verified",
                SelfCheckResult::leavesVerified);
        gauge(registry, "ledger.self.check.checkpoints.verified", null,
                "Checkpoints the latest completed self-check verified", SelfCheckResult::checkpointsVerified);
        gauge(registry, "ledger.self.check.hashed", "bytes", "Bytes of events the latest completed self-check hashed",
                SelfCheckResult::bytesHashed);
        Gauge.builder("ledger.self.check.running", selfCheck, check -> check.runningSince() == null ? 0 : 1)
                .description("1 while a self-check runs in this process")
                .register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String unit, String description,
                       ToDoubleFunction<SelfCheckResult> value) {
        Gauge.builder(name, selfCheck, check -> {
                    SelfCheckResult completed = check.latest().completed();
                    return completed == null ? Double.NaN : value.applyAsDouble(completed);
                })
                .baseUnit(unit)
                .description(description)
                .register(registry);
    }
}
