package org.complaintledger.http;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * One DEBUG line for each request refused with a 4xx problem (an unknown complaint, a rule of the Code, a body that is
 * not valid, a caller without the role): a caller's mistake is the caller's, answered in full in the problem itself,
 * so the log neither warns nor prints a stack trace for it. Only the status, the request and the problem's type are
 * logged, never its detail, which may repeat what the caller sent. Turn on with
 * {@code logging.level.org.complaintledger.http.RefusedRequests=DEBUG} (docs/operations.md, Logs). Refusals written
 * before Spring MVC runs (the request limits, the security filters, the error page) are logged by their writers
 * through {@link #refused}. A 5xx is not a refusal: whoever answers it logs why.
 */
@RestControllerAdvice
public class RefusedRequests implements ResponseBodyAdvice<Object> {

    private static final Logger LOG = LoggerFactory.getLogger(RefusedRequests.class);

    /** Logs one line if {@code status} is a refusal (4xx); {@code method} may be null where it is not known. */
    public static void refused(int status, String method, String path, String type) {
        if (status >= 400 && status < 500 && LOG.isDebugEnabled()) {
            LOG.debug("refused {} {}{}: {}", status, method == null ? "" : method + " ", printable(path),
                    printable(type.startsWith(ProblemResponses.TYPE_PREFIX)
                            ? type.substring(ProblemResponses.TYPE_PREFIX.length()) : type));
        }
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    /** Every problem Spring MVC writes: the ledger's own ({@link LedgerProblems}, ...) and Spring's (404 path, 405). */
    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            URI type = problem.getType();
            refused(problem.getStatus(), request.getMethod().name(), request.getURI().getRawPath(),
                    type == null ? "about:blank" : type.toString());
        }
        return body;
    }

    /** At most 200 characters, no line breaks or other control characters: one line, whatever the path held. */
    private static String printable(String text) {
        String line = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
