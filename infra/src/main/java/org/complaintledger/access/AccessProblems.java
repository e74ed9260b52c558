package org.complaintledger.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.complaintledger.http.RefusedRequests;
import org.complaintledger.investigatoraccess.AccessNotGranted;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401, 403 and a throttled sign-in's 429 as RFC 9457 problem details, like every other refusal, never an HTML page:
 * written by the security filters before any controller runs, and for a read a grant does not cover once it got that
 * far.
 */
@RestControllerAdvice
class AccessProblems implements AccessDeniedHandler {

    static final String REALM = "complaint-ledger";

    private final JsonMapper json;

    AccessProblems(JsonMapper json) {
        this.json = json;
    }

    /** For HTTP Basic against local accounts; 429 for a sign-in the throttle refused before checking it. */
    AuthenticationEntryPoint basic() {
        return (request, response, e) -> {
            if (e instanceof SignInThrottled throttled) {
                long seconds = throttled.retryAfterSeconds();
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                write(request, response, problem(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled",
                        "Too many failed sign-ins", "too many failed sign-ins for this account or from this address; "
                                + "it was not checked: try again in " + seconds + " s"));
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            unauthenticated(request, response, e, "HTTP Basic with a ledger account",
                    "the account or password was not accepted");
        };
    }

    /** For bearer JWTs; Spring's entry point says in WWW-Authenticate why a token was refused (RFC 6750). */
    AuthenticationEntryPoint bearer() {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        challenge.setRealmName(REALM);
        return (request, response, e) -> {
            challenge.commence(request, response, e);
            unauthenticated(request, response, e, "a bearer token from the configured issuer",
                    "the bearer token was not accepted: it must be signed by the configured issuer and unexpired");
        };
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String who = caller == null ? "the caller" : caller.getName() + " (roles " + caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).map(a -> a.replaceFirst("^ROLE_", "")).sorted().toList() + ")";
        write(request, response, forbidden(who + " may not " + request.getMethod() + " " + request.getRequestURI()
                + (Role.readsUnderGrant(caller) ? "; an investigator reads a complaint's record only while an "
                        + "officer's grant for that complaint names them and is in force" : "")));
    }

    @ExceptionHandler(AccessNotGranted.class)
    ProblemDetail notGranted(AccessNotGranted e) {
        return forbidden(e.getMessage());
    }

    private void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e,
            String how, String refused) throws IOException {
        String detail = e instanceof InsufficientAuthenticationException
                ? "this request needs an authenticated caller: " + how
                : refused;
        write(request, response, problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail));
    }

    private static ProblemDetail forbidden(String detail) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", detail);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:complaint-ledger:problem:" + type));
        problem.setTitle(title);
        return problem;
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        // Logged before writing: once the answer is out (writeValue closes the stream) the caller may act on it first.
        RefusedRequests.refused(problem.getStatus(), request.getMethod(), request.getRequestURI(),
                problem.getType().toString());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
