package org.complaintledger.eventstream;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import org.complaintledger.code.InvalidField;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event stream's state and replays (docs/event-stream.md): the officer's, as a replay sends every event again to
 * whoever reads the topic.
 */
@RestController
@RequestMapping("/api/event-stream")
class EventStreamController {

    private final EventStreamStatus status;

    EventStreamController(EventStreamStatus status) {
        this.status = status;
    }

    @GetMapping
    @Operation(summary = "Whether the event stream is on, its topic, the position published, the head and the lag")
    EventStreamState state() {
        return status.state();
    }

    /** 202: the publisher (on whichever node holds the lock) publishes again from there on its next batch. */
    @PostMapping("/replay")
    @Operation(summary = "Publish every event again from a stream position (at most the next position to publish)")
    ResponseEntity<EventStreamState> replay(@RequestParam long fromPosition) {
        if (!status.enabled()) {
            throw new StreamOff();
        }
        if (fromPosition < 0) {
            throw new InvalidField("fromPosition", "must not be negative; stream positions start at 0");
        }
        long before = status.rewind(fromPosition);
        if (before < 0) {
            throw new InvalidField("fromPosition", "must be at most " + status.state().nextPosition()
                    + ", the next position to publish: a replay cannot skip events");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(status.state());
    }

    static final class StreamOff extends RuntimeException {
        StreamOff() {
            super("The event stream is off: no complaint-ledger.event-stream.bootstrap-servers "
                    + "(KAFKA_BOOTSTRAP_SERVERS) is configured");
        }
    }

    @ExceptionHandler(StreamOff.class)
    ResponseEntity<ProblemDetail> off(StreamOff e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("urn:complaint-ledger:problem:event-stream-off"));
        problem.setTitle("The event stream is off");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
