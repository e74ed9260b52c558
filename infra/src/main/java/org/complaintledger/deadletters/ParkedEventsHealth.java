package org.complaintledger.deadletters;

import java.util.Map;
import org.complaintledger.parkedevents.ParkedEventCounts;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code parkedEvents} in /actuator/health: UP while no event is parked, otherwise {@value #DEGRADED} with the count
 * per processing group. DEGRADED, not DOWN or OUT_OF_SERVICE: the instance still takes commands and serves every read
 * not built by the group concerned, and another instance on the same database would be just as short, so a load
 * balancer must keep routing to it. application.yml orders DEGRADED between OUT_OF_SERVICE and UP and answers it with
 * HTTP 200; monitoring alerts on the status, not the code.
 */
@Component("parkedEventsHealthIndicator")
class ParkedEventsHealth implements HealthIndicator {

    static final String DEGRADED = "DEGRADED";

    private final ParkedEventCounts counts;

    ParkedEventsHealth(ParkedEventCounts counts) {
        this.counts = counts;
    }

    @Override
    public Health health() {
        Map<String, Long> parked = counts.byProcessingGroup();
        if (parked.isEmpty()) {
            return Health.up().build();
        }
        return Health.status(new Status(DEGRADED, "events are parked; their read models are short of them "
                        + "until retried (GET /api/parked-events)"))
                .withDetail("parkedEvents", parked)
                .build();
    }
}
