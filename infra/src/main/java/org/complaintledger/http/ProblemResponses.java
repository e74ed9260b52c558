package org.complaintledger.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details (RFC 9457) written straight to the response, for refusals made before Spring MVC runs: by the
 * request limits, Spring Security's firewall, Tomcat itself and the error page. The same shape as
 * {@link LedgerProblems}: {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, and
 * {@code errors} naming each field for a 400.
 */
final class ProblemResponses {

    static final String TYPE_PREFIX = "urn:complaint-ledger:problem:";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    /** The problem as JSON text; {@code instance} the request's path as received. */
    static String json(int status, String type, String title, String detail, String instance,
            List<LedgerProblems.FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream().map(f -> Map.of("field", f.field(), "rule", f.rule())).toList());
        }
        return JSON.writeValueAsString(body);
    }

    static void write(HttpServletResponse response, int status, String type, String title, String detail,
            String instance, List<LedgerProblems.FieldError> errors) throws IOException {
        // With its length, the whole answer goes out even when the connection closes after it (a body refused unread).
        byte[] body = json(status, type, title, detail, instance, errors).getBytes(StandardCharsets.UTF_8);
        RefusedRequests.refused(status, null, instance, type); // before the answer goes out, which the caller may see first
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** A 400 naming one field of the request (a query parameter, a header). */
    static void invalid(HttpServletResponse response, String instance, String field, String rule) throws IOException {
        write(response, 400, "invalid-request", "The request is not valid", field + " " + rule, instance,
                List.of(new LedgerProblems.FieldError(field, rule)));
    }
}
