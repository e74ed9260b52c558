package org.complaintledger.outage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to any request that met a database outage: 503 problem details with {@code Retry-After}, the same for a
 * read and a step. A step runs in one transaction, so it was recorded whole or not at all; only when the connection
 * broke during COMMIT can the ledger not tell which, hence the advice to repeat it with the same Idempotency-Key.
 * A step that gave up waiting for its record's lock, held by a step stuck on the database, is answered the same way.
 */
@Component
class DatabaseUnavailableProblem {

    static final String TYPE = "urn:complaint-ledger:problem:database-unavailable";
    /** A step waited {@link CommandLocks#LONGEST_WAIT} for another on the same record (one stuck on the database). */
    static final String BUSY_TYPE = "urn:complaint-ledger:problem:record-busy";
    /** About how long a restart or fail-over of PostgreSQL takes; clients should back off beyond it. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableProblem.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DatabaseOutages outages;

    DatabaseUnavailableProblem(DatabaseOutages outages) {
        this.outages = outages;
    }

    /** Writes the problem if the failure is the database's and the answer has not begun; says whether it did. */
    boolean answer(Throwable failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return false;
        }
        if (DatabaseUnreachable.causedBy(failure)) {
            outages.failed(failure);
            LOG.warn("{} {}: the database is unreachable, answered 503: {}", request.getMethod(),
                    request.getRequestURI(), failure.toString());
            write(request, response, TYPE, "The ledger's database is unavailable", "the ledger cannot reach its "
                    + "database just now, so nothing was read and no step was recorded in part; try again after "
                    + RETRY_AFTER.toSeconds() + " seconds, repeating a step with the same Idempotency-Key so that it "
                    + "is recorded once");
            return true;
        }
        if (DatabaseUnreachable.anyCause(failure, LockAcquisitionFailedException.class::isInstance)) {
            write(request, response, BUSY_TYPE, "The record is busy", "an earlier step on this record is still "
                    + "being recorded after " + CommandLocks.LONGEST_WAIT.toSeconds() + " seconds, so this one was not "
                    + "recorded; try again after " + RETRY_AFTER.toSeconds() + " seconds");
            return true;
        }
        return false;
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String type, String title,
                              String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
        response.flushBuffer();
    }
}
