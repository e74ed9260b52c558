package org.complaintledger.outage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a database outage met outside Spring MVC, before Spring Boot's error page turns it into a 500: in the
 * security filters (an investigator's grant is read from the database while access is decided). Placed before
 * Spring Security's filters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final DatabaseUnavailableProblem problem;

    DatabaseOutageFilter(DatabaseUnavailableProblem problem) {
        this.problem = problem;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!problem.answer(e, request, response)) {
                throw e;
            }
        }
    }
}
