package org.complaintledger.http;

import java.util.Arrays;
import java.util.List;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Refusals made before the ledger reads a request, as problem details: the request limits (docs/api.md, Limits),
 * Spring Security's firewall (an encoded '/', '%' or '\', ';', '//', '..' in a path) and Tomcat's own (an encoded
 * '/' or NUL in a path, request line and headers over {@link #MAX_HEADER}: server.max-http-request-header-size).
 */
@Configuration(proxyBeanMethods = false)
class ServerLimits {

    static final String MAX_HEADER = "16 KB";

    @Bean
    FilterRegistrationBean<RequestLimits> requestLimits() {
        FilterRegistrationBean<RequestLimits> registration = new FilterRegistrationBean<>(new RequestLimits());
        // Before the security filters: an oversize body is refused before it is read, whoever sends it.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /**
     * A body of many fields or a huge list is refused while it is parsed, before it is held as a tree: the token
     * count is the parser's (Jackson's StreamReadConstraints), so only the tokens up to the limit are ever read.
     */
    @Bean
    JsonFactoryBuilderCustomizer bodyTokenLimit() {
        return factory -> factory.streamReadConstraints(StreamReadConstraints.builder()
                .maxTokenCount(RequestLimits.MAX_BODY_TOKENS)
                .build());
    }

    /** Whether the parser stopped at {@link RequestLimits#MAX_BODY_TOKENS} (its other limits are a 400). */
    static boolean tooManyTokens(Throwable failure) {
        return failure instanceof StreamConstraintsException
                && String.valueOf(failure.getMessage()).startsWith("Token count");
    }

    @Bean
    RequestRejectedHandler requestRejectedAsProblem() {
        return (request, response, rejected) -> ProblemResponses.write(response, 400, "invalid-path",
                "The request is not valid", "the path or query may not contain an encoded '/', '\\' or '%', ';', "
                        + "a NUL (%00), '..' or '//'", request.getRequestURI(), List.of());
    }

    /** Tomcat's error page replaced by problem details, after Spring Boot has put its own valve in place. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            Arrays.stream(host.getPipeline().getValves()).filter(ErrorReportValve.class::isInstance)
                    .forEach((Valve valve) -> host.getPipeline().removeValve(valve));
            host.getPipeline().addValve(new ProblemReportValve());
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }
}
