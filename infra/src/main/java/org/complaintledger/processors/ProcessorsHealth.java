package org.complaintledger.processors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.complaintledger.rebuild.ReadModelRebuilds;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code processors} in /actuator/health and its readiness group: DOWN while a processor is in error (it retries, but
 * its read model stands still), OUT_OF_SERVICE while one is stopped (its read model stands still for good), else UP;
 * with each group's state and the segments this process holds. A group a rebuild has stopped to switch its tables is
 * "rebuilding", not stopped: the rebuild starts it again (docs/replay.md).
 */
@Component("processorsHealthIndicator")
class ProcessorsHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final ReadModelRebuilds rebuilds;

    ProcessorsHealth(EventProcessingConfiguration processing, ReadModelRebuilds rebuilds) {
        this.processing = processing;
        this.rebuilds = rebuilds;
    }

    @Override
    public Health health() {
        Set<String> rebuilding = rebuilds.latest().filter(p -> !p.phase().finished())
                .map(p -> Set.copyOf(p.processingGroups())).orElse(Set.of());
        Map<String, Object> groups = new TreeMap<>();
        boolean error = false;
        boolean stopped = false;
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            EventProcessor processor = entry.getValue();
            String state;
            if (InError.test(processor)) {
                state = "error";
                error = true;
            } else if (processor.isRunning()) {
                state = "running";
            } else if (rebuilding.contains(entry.getKey())) {
                state = "rebuilding";
            } else {
                state = "stopped";
                stopped = true;
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("state", state);
            if (processor instanceof StreamingEventProcessor streaming) {
                detail.put("segmentsHeld", streaming.processingStatus().size());
            }
            groups.put(entry.getKey(), detail);
        }
        Status status = error ? Status.DOWN : stopped ? Status.OUT_OF_SERVICE : Status.UP;
        return Health.status(status).withDetail("processingGroups", groups).build();
    }
}
