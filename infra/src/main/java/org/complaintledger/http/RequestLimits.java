package org.complaintledger.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits of docs/api.md ("Limits") checked before anything else reads the request: a body of at most
 * {@link #MAX_BODY_BYTES} (by its Content-Length, or as it is read when it has none), and no NUL character in a
 * query parameter. Refusals are problem details, 413 or 400 naming the parameter.
 *
 * <p>The body limit is set well above what any step needs so that a single oversized field (a 1 MB
 * {@code investigator}) is read far enough to be refused 400 by name ({@link BodyLimits}); what would make a body
 * costly to hold is bounded apart, by {@link #MAX_BODY_TOKENS} (many fields, a huge list: see {@link ServerLimits}).
 * Both are refused 413. Memory stays bounded by the two limits: nothing reads past them.
 */
class RequestLimits extends OncePerRequestFilter {

    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    static final String MAX_BODY = "2 MB";
    /** JSON tokens (each key, value, bracket and brace) in a body: 500 entries of a list of objects fit many times. */
    static final long MAX_BODY_TOKENS = 50_000;
    /** The refusal's detail, wherever a body over a limit is refused. */
    static final String TOO_LARGE = "a request body may be at most " + MAX_BODY + " and hold at most 50,000 JSON keys, "
            + "values and brackets (see docs/api.md, Limits)";

    /** Thrown while a body without a Content-Length is read past the limit; {@link LedgerProblems} answers 413. */
    static final class BodyTooLarge extends IOException {

        BodyTooLarge() {
            super("the request body is larger than " + MAX_BODY);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            tooLarge(request, response);
            return;
        }
        String nul = parameterWithNul(request.getQueryString());
        if (nul != null) {
            ProblemResponses.invalid(response, request.getRequestURI(), nul,
                    "must not contain a NUL character (%00)");
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request) : request, response);
    }

    static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemResponses.write(response, 413, "body-too-large", "The request body is too large",
                TOO_LARGE, request.getRequestURI(), List.of());
    }

    /** The name of the first query parameter whose name or value holds a NUL character, or null. */
    private static String parameterWithNul(String query) {
        if (query == null || !query.contains("%00")) {
            return null;
        }
        for (String pair : query.split("&")) {
            String name = decoded(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
            String value = pair.contains("=") ? decoded(pair.substring(pair.indexOf('=') + 1)) : "";
            if (name.indexOf('\u0000') >= 0 || value.indexOf('\u0000') >= 0) {
                String printable = name.replace("\u0000", "");
                return printable.isEmpty() || printable.length() > BodyLimits.NAME ? "query" : printable;
            }
        }
        return null;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** A request whose body stops with {@link BodyTooLarge} once more than the limit has been read. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private ServletInputStream bounded;

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedStream(super.getInputStream());
            }
            return bounded;
        }
    }

    private static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        BoundedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > MAX_BODY_BYTES) {
                throw new BodyTooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
