package org.complaintledger.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.complaintledger.rebuild.ReadModelRebuilds;
import org.complaintledger.rebuild.RebuildProgress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class ProcessorsHealthTest {

    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final ReadModelRebuilds rebuilds = mock(ReadModelRebuilds.class);
    private final Map<String, EventProcessor> processors = new LinkedHashMap<>();
    private final StreamingEventProcessor dueSteps = processor(StreamingEventProcessor.class, "due-steps");
    private final EventProcessor closureDays = processor(EventProcessor.class, "closure-days");
    private final ProcessorsHealth health = new ProcessorsHealth(processing, rebuilds);

    @BeforeEach
    void allRunning() {
        when(processing.eventProcessors()).thenReturn(processors);
        when(rebuilds.latest()).thenReturn(Optional.empty());
        when(dueSteps.isRunning()).thenReturn(true);
        when(dueSteps.processingStatus()).thenReturn(Map.of(0, mock(), 1, mock()));
        when(closureDays.isRunning()).thenReturn(true);
    }

    @Test
    void upWhileEveryProcessorRuns() {
        Health reported = health.health();

        assertThat(reported.getStatus()).isEqualTo(Status.UP);
        assertThat(reported.getDetails().get("processingGroups")).isEqualTo(Map.of(
                "due-steps", Map.of("state", "running", "segmentsHeld", 2),
                "closure-days", Map.of("state", "running")));
    }

    @Test
    void downWhileAProcessorIsInError() {
        when(dueSteps.isError()).thenReturn(true);

        Health reported = health.health();

        assertThat(reported.getStatus()).isEqualTo(Status.DOWN);
        assertThat(state(reported, "due-steps")).isEqualTo("error");
    }

    @Test
    void downWhileASegmentRetriesAfterAFailure() {
        EventTrackerStatus failing = mock(EventTrackerStatus.class);
        when(failing.isErrorState()).thenReturn(true);
        when(dueSteps.processingStatus()).thenReturn(Map.of(0, mock(), 1, failing));

        Health reported = health.health();

        assertThat(reported.getStatus()).isEqualTo(Status.DOWN);
        assertThat(state(reported, "due-steps")).isEqualTo("error");
    }

    @Test
    void outOfServiceWhileAProcessorIsStopped() {
        when(closureDays.isRunning()).thenReturn(false);

        Health reported = health.health();

        assertThat(reported.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(state(reported, "closure-days")).isEqualTo("stopped");
    }

    @Test
    void anErrorOutweighsAStop() {
        when(closureDays.isRunning()).thenReturn(false);
        when(dueSteps.isError()).thenReturn(true);

        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aGroupStoppedByARebuildUnderWayIsRebuildingNotStopped() {
        when(dueSteps.isRunning()).thenReturn(false);
        when(rebuilds.latest()).thenReturn(Optional.of(rebuild(RebuildProgress.Phase.CATCHING_UP)));

        Health reported = health.health();

        assertThat(reported.getStatus()).isEqualTo(Status.UP);
        assertThat(state(reported, "due-steps")).isEqualTo("rebuilding");
    }

    private <P extends EventProcessor> P processor(Class<P> type, String name) {
        P processor = mock(type);
        when(processor.getName()).thenReturn(name);
        processors.put(name, processor);
        return processor;
    }

    private static RebuildProgress rebuild(RebuildProgress.Phase phase) {
        return new RebuildProgress("rebuild-1", List.of("due-steps"), phase, 0, 10, 0, null, 0, Instant.now(), null,
                null);
    }

    @SuppressWarnings("unchecked")
    private static Object state(Health health, String group) {
        return ((Map<String, Map<String, Object>>) health.getDetails().get("processingGroups")).get(group).get("state");
    }
}
