package org.complaintledger.http;

import java.util.List;

/**
 * The problem for a request refused before the ledger could read it (by Tomcat, the security firewall or Spring's
 * error page), by status alone: what the caller did wrong in the API's words, never the server's own message, which
 * may name Java types. A 5xx never says why: the log does.
 */
final class ServerProblems {

    private ServerProblems() {
    }

    /** The problem's JSON text for a refusal with this status of the request to {@code instance}. */
    static String json(int status, String instance) {
        return switch (status) {
            case 400 -> ProblemResponses.json(400, "invalid-path", "The request is not valid",
                    "the request could not be read: a path may not contain an encoded '/', '\\', '%', ';', "
                            + "a NUL (%00), '..' or '//', and a query must be well-formed", instance, List.of());
            case 404 -> ProblemResponses.json(404, "not-found", "Not found", "no such resource", instance, List.of());
            case 405 -> ProblemResponses.json(405, "method-not-allowed", "Method not allowed",
                    "this resource does not answer that method", instance, List.of());
            case 413 -> ProblemResponses.json(413, "body-too-large", "The request body is too large",
                    RequestLimits.TOO_LARGE, instance, List.of());
            case 414, 431 -> tooLarge(status, instance);
            default -> status >= 500
                    ? ProblemResponses.json(status, "server-error", "The ledger could not answer",
                            "the ledger could not answer this request; nothing was recorded by it unless its answer "
                                    + "said so. Try again later", instance, List.of())
                    : ProblemResponses.json(status, "refused", "The request was refused",
                            "the request was refused with status " + status, instance, List.of());
        };
    }

    static String tooLarge(int status, String instance) {
        return ProblemResponses.json(status, "request-too-large", "The request line or headers are too large",
                "the request line (path and query) and headers together may be at most "
                        + ServerLimits.MAX_HEADER + " (see docs/api.md, Limits)", instance, List.of());
    }
}
