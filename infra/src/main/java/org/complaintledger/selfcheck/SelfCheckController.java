package org.complaintledger.selfcheck;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The self-check on demand, and its latest result. The officer's: a failure names complaints (their ids), which
 * governance and analysts see only pseudonymised; they see the outcome in /actuator/health and the metrics.
 */
@RestController
@RequestMapping("/api/ledger/self-check")
class SelfCheckController {

    /** How many earlier runs {@code GET} lists. */
    static final int RECENT = 10;

    /**
     * The latest run (null before the first), when the running one started (null: none running), and the latest
     * runs, newest first.
     */
    record SelfCheckAnswer(SelfCheckResult latest, Instant runningSince, List<SelfCheckStore.Summary> recent) {
    }

    private final SelfCheck selfCheck;

    SelfCheckController(SelfCheck selfCheck) {
        this.selfCheck = selfCheck;
    }

    @PostMapping
    @Operation(summary = "Run the self-check now and answer its result: every event's hash, every record's chain, "
            + "every leaf, the tree and every checkpoint re-verified; the first failure named, with why")
    SelfCheckResult runNow(Principal principal) {
        return selfCheck.run(principal == null ? "api" : principal.getName());
    }

    @GetMapping
    @Operation(summary = "The latest self-check's result, whether one is running, and the latest runs")
    SelfCheckAnswer latest() {
        return new SelfCheckAnswer(selfCheck.latest().run(), selfCheck.runningSince(), selfCheck.recent(RECENT));
    }

    /** 409, not 503: the ledger is not unavailable, and the running check will answer the same question. */
    @ExceptionHandler(SelfCheckRunning.class)
    ResponseEntity<ProblemDetail> running(SelfCheckRunning e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("urn:complaint-ledger:problem:self-check-running"));
        problem.setTitle("A self-check is running");
        problem.setProperty("runningSince", e.startedAt());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .body(problem);
    }
}
