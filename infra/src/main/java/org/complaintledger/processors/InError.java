package org.complaintledger.processors;

import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Whether a processor is in error: paused by a failure as a whole (Axon's {@code isError}, e.g. its tokens could not
 * be claimed), or with a segment this process holds retrying after a failure (which {@code isError} does not tell).
 * Either way it retries with back-off and its read model stands still meanwhile.
 */
final class InError {

    private InError() {
    }

    static boolean test(EventProcessor processor) {
        return processor.isError() || processor instanceof StreamingEventProcessor streaming
                && streaming.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
    }
}
