package org.complaintledger.ledgertree;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On /actuator/prometheus: {@code ledger_tree_size} (leaves admitted), {@code ledger_checkpoint_tree_size} (leaves
 * in the latest checkpoint, 0 before the first), {@code ledger_admission_gaps} (global_index values awaited) and
 * {@code ledger_refused_events} (events refused admission: above zero is tampering, or an event appended without its
 * chain). Read from the database in one statement per scrape, so every process of the ledger shows the same figures.
 */
final class LedgerTreeMetrics implements MeterBinder {

    /** One scrape reads each gauge: they share one reading. */
    private static final Duration FRESH = Duration.ofSeconds(1);

    private record Figures(double treeSize, double checkpointTreeSize, double gaps, double refused, Instant readAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Figures figures;

    LedgerTreeMetrics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "ledger.tree.size", "Events admitted into the ledger's tree", Figures::treeSize);
        gauge(registry, "ledger.checkpoint.tree.size", "Events in the tree of the latest signed checkpoint",
                Figures::checkpointTreeSize);
        gauge(registry, "ledger.admission.gaps", "global_index values admission is waiting for", Figures::gaps);
        gauge(registry, "ledger.refused.events", "Events refused admission into the ledger's tree (their hash or seal "
                + "does not hold)", Figures::refused);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Figures> figure) {
        Gauge.builder(name, this, metrics -> figure.applyAsDouble(metrics.figures()))
                .description(description)
                .register(registry);
    }

    private Figures figures() {
        Figures last = figures;
        Instant now = clock.instant();
        if (last != null && now.isBefore(last.readAt().plus(FRESH))) {
            return last;
        }
        Figures read;
        try {
            read = jdbc.queryForObject("SELECT a.leaf_count, "
                            + "coalesce((SELECT tree_size FROM ledger_checkpoint ORDER BY checkpoint_id DESC LIMIT 1), 0), "
                            + "(SELECT coalesce(sum(last_index - first_index + 1), 0) FROM ledger_admission_gap), "
                            + "(SELECT count(*) FROM ledger_refused_event) FROM ledger_admission a",
                    (rs, row) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), now));
        } catch (RuntimeException e) {
            // The database is unreachable: no figures this scrape (NaN), and no wait per gauge for each to fail.
            read = new Figures(Double.NaN, Double.NaN, Double.NaN, Double.NaN, now);
        }
        figures = read;
        return read;
    }
}
