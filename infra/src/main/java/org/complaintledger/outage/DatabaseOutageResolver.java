package org.complaintledger.outage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a database outage met in a controller, interceptor or command before any {@code @ExceptionHandler} sees
 * it, so that no general handler (a catch-all 500) can take it; every other exception passes on untouched.
 * Runs right after Spring Boot's error-attributes resolver, which only records the exception.
 */
@Component
class DatabaseOutageResolver implements HandlerExceptionResolver, Ordered {

    private final DatabaseUnavailableProblem problem;

    DatabaseOutageResolver(DatabaseUnavailableProblem problem) {
        this.problem = problem;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        try {
            return problem.answer(failure, request, response) ? new ModelAndView() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
