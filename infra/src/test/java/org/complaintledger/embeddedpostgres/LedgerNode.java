package org.complaintledger.embeddedpostgres;

import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/** One of several ledger processes on a database, seen from a test: its HTTP client and its tracking processors. */
record LedgerNode(String name, LedgerProcess process, OutageLoad client) implements AutoCloseable {

    static LedgerNode of(String name, LedgerProcess process) {
        int port = Integer.parseInt(process.context().getEnvironment().getRequiredProperty("local.server.port"));
        return new LedgerNode(name, process, OutageLoad.client(port));
    }

    int port() {
        return Integer.parseInt(process.context().getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Tracking processor name to how many of its segments this node is processing now. */
    Map<String, Integer> segmentsHeld() {
        Map<String, Integer> held = new TreeMap<>();
        streamingProcessors().forEach((name, processor) -> held.put(name, processor.processingStatus().size()));
        return held;
    }

    /** Whether every segment this node holds has processed every event up to the ledger's head. */
    boolean caughtUpWith(long head) {
        for (StreamingEventProcessor processor : streamingProcessors().values()) {
            for (EventTrackerStatus status : processor.processingStatus().values()) {
                OptionalLong position = status.getCurrentPosition();
                if (status.isErrorState() || !status.isCaughtUp() || position.isEmpty() || position.getAsLong() < head) {
                    return false;
                }
            }
        }
        return true;
    }

    Map<String, StreamingEventProcessor> streamingProcessors() {
        Map<String, StreamingEventProcessor> processors = new TreeMap<>();
        process.context().getBean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        return processors;
    }

    JdbcTemplate jdbc() {
        return process.jdbc();
    }

    @Override
    public void close() throws Exception {
        process.close();
    }
}
