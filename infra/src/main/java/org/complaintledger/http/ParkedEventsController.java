package org.complaintledger.http;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.complaintledger.deadletters.ParkedEvent;
import org.complaintledger.deadletters.ParkedEvents;
import org.complaintledger.deadletters.RetryOutcome;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The events a read model's processing group could not handle, parked rather than skipped, and their retry once the
 * cause is fixed. The officer's: a parked event names a complaint and why it failed.
 */
@RestController
@RequestMapping("/api/parked-events")
class ParkedEventsController {

    private final ParkedEvents parked;

    ParkedEventsController(ParkedEvents parked) {
        this.parked = parked;
    }

    @GetMapping
    @Operation(summary = "Every parked event: processing group, sequence (the complaint or record), event type, "
            + "position in the ledger, cause, when parked, failed retries")
    List<ParkedEvent> list() {
        return parked.list();
    }

    @PostMapping("/{processingGroup}/retry")
    @Operation(summary = "Retry every parked sequence of a processing group once, each in order; a sequence whose "
            + "event fails again stays parked")
    RetryOutcome retryGroup(@PathVariable String processingGroup) {
        return parked.retry(processingGroup);
    }

    @PostMapping("/{processingGroup}/sequences/{sequenceId}/retry")
    @Operation(summary = "Retry one parked sequence (a complaint's or record's parked events, in order)")
    RetryOutcome retrySequence(@PathVariable String processingGroup, @PathVariable String sequenceId) {
        return parked.retry(processingGroup, sequenceId);
    }
}
