package org.complaintledger.retention;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Starts a retention run now rather than at its scheduled time; the run goes on the record like any other. */
@RestController
class RetentionRunController {

    private final RetentionJob job;

    RetentionRunController(RetentionJob job) {
        this.job = job;
    }

    @PostMapping("/api/retention/runs")
    @ResponseStatus(HttpStatus.CREATED)
    RetentionRunRecorded runNow(Principal principal) {
        return job.run(principal == null ? "api" : principal.getName());
    }
}
