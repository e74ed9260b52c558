package org.complaintledger.deadletters;

import java.util.Map;
import org.complaintledger.outage.DatabaseOutages;
import org.complaintledger.parkedevents.ParkedEventCounts;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.dao.DataAccessException;
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
    private final DatabaseOutages outages;

    ParkedEventsHealth(ParkedEventCounts counts, DatabaseOutages outages) {
        this.counts = counts;
        this.outages = outages;
    }

    @Override
    public Health health() {
        // While the database is away its own component says DOWN; this one cannot tell, and must neither break the
        // health answer nor make it wait.
        if (outages.awayJustNow()) {
            return uncounted();
        }
        Map<String, Long> parked;
        try {
            parked = counts.byProcessingGroup();
        } catch (DataAccessException e) {
            outages.failed(e);
            return uncounted();
        }
        if (parked.isEmpty()) {
            return Health.up().build();
        }
        return Health.status(new Status(DEGRADED, "events are parked; their read models are short of them "
                        + "until retried (GET /api/parked-events)"))
                .withDetail("parkedEvents", parked)
                .build();
    }

    private static Health uncounted() {
        return Health.unknown().withDetail("error", "the parked events cannot be counted: the database is not answering")
                .build();
    }
}
