package org.complaintledger.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Officers rebuild read models from the ledger's first event and follow the rebuild (docs/replay.md). */
@RestController
@RequestMapping("/api/read-models")
class RebuildController {

    /** The groups to rebuild; none or empty: every group. */
    record RebuildRequest(List<String> processingGroups) {
    }

    private final ReadModelRebuilds rebuilds;

    RebuildController(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    @Operation(summary = "The processing groups that can be rebuilt, with the tables each writes")
    Map<String, List<String>> groups() {
        return rebuilds.tables();
    }

    @PostMapping("/rebuilds")
    @Operation(summary = "Start rebuilding read models from the ledger's first event; the live tables keep answering "
            + "until the rebuilt ones replace them at once")
    ResponseEntity<RebuildProgress> start(@RequestBody(required = false) RebuildRequest request) {
        RebuildProgress started = rebuilds.start(request == null ? List.of() : request.processingGroups());
        return ResponseEntity.accepted().location(URI.create("/api/read-models/rebuilds/" + started.id()))
                .body(started);
    }

    @GetMapping("/rebuilds/latest")
    @Operation(summary = "Where the latest rebuild stands: phase, events done of total, rate, seconds left")
    ResponseEntity<RebuildProgress> latest() {
        return ResponseEntity.of(rebuilds.latest());
    }

    @GetMapping("/rebuilds/{id}")
    @Operation(summary = "Where this rebuild stands")
    ResponseEntity<RebuildProgress> progress(@PathVariable String id) {
        return ResponseEntity.of(rebuilds.progress(id));
    }

    /** 409: the running rebuild will finish; a second at once would only compete with it. */
    @ExceptionHandler(RebuildRunning.class)
    ResponseEntity<ProblemDetail> running(RebuildRunning e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("urn:complaint-ledger:problem:rebuild-running"));
        problem.setTitle("A read model rebuild is running");
        if (e.running() != null) {
            problem.setProperty("running", e.running());
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "10").body(problem);
    }
}
