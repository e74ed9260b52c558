package org.complaintledger.bulkimport;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * The tracking processors stopped while an import appends, started again after it from the tokens they stopped at, so
 * the read models then take in every imported event (all committed: no gaps left to time out). Meanwhile they neither
 * poll nor take the import's CPU and database connections, which on a small machine is most of the import's speed.
 */
final class PausedProcessors implements AutoCloseable {

    private final List<StreamingEventProcessor> paused;

    private PausedProcessors(List<StreamingEventProcessor> paused) {
        this.paused = paused;
    }

    static PausedProcessors pause(EventProcessingConfiguration processing, boolean pause) {
        if (!pause) {
            return new PausedProcessors(List.of());
        }
        List<StreamingEventProcessor> running = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning).toList();
        running.forEach(StreamingEventProcessor::shutDown);
        return new PausedProcessors(new ArrayList<>(running));
    }

    /** Leaves the processors stopped at close, for a rebuild that starts them at its own position when it is done. */
    void keepStopped() {
        paused.clear();
    }

    @Override
    public void close() {
        paused.forEach(StreamingEventProcessor::start);
    }
}
