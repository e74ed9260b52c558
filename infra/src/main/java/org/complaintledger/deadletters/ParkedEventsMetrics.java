package org.complaintledger.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.complaintledger.deadletters.DeadLetterConfiguration.ParkingGroups;
import org.complaintledger.parkedevents.ParkedEventCounts;
import org.springframework.stereotype.Component;

/**
 * {@code ledger_parked_events{processing_group="..."}} on /actuator/prometheus: one gauge per parking group, zero when
 * nothing is parked, so an alert can be "above zero" from the start.
 */
@Component
class ParkedEventsMetrics implements MeterBinder {

    private final ParkingGroups groups;
    private final ParkedEventCounts counts;

    ParkedEventsMetrics(ParkingGroups groups, ParkedEventCounts counts) {
        this.groups = groups;
        this.counts = counts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String group : groups.names()) {
            Gauge.builder("ledger.parked.events", counts, parked -> parked.of(group))
                    .description("Events the processing group could not handle, parked until retried")
                    .tag("processing_group", group)
                    .register(registry);
        }
    }
}
