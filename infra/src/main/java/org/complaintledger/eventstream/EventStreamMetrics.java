package org.complaintledger.eventstream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;

/**
 * On /actuator/prometheus, while the stream is on: {@code ledger_event_stream_lag_events} (admitted, not yet
 * published) and {@code ledger_event_stream_last_published_seconds} (epoch seconds of the last batch committed, by any
 * node; 0 before the first), read from the database per scrape; and the publisher's own counter
 * {@code ledger_event_stream_published_events_total}.
 */
final class EventStreamMetrics implements MeterBinder {

    private final EventStreamStatus status;

    EventStreamMetrics(EventStreamStatus status) {
        this.status = status;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("ledger.event.stream.lag", status, s -> s.state().lag())
                .description("Events admitted into the ledger's tree and not yet published to the event stream")
                .baseUnit("events")
                .register(registry);
        TimeGauge.builder("ledger.event.stream.last.published", status, TimeUnit.MILLISECONDS, s -> {
                    EventStreamState state = s.state();
                    return state.lastPublishedAt() == null ? 0 : state.lastPublishedAt().toEpochMilli();
                })
                .description("When the last batch of events was committed to the event stream (epoch)")
                .register(registry);
    }
}
