package org.complaintledger.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint the application maps, and requests to the areas other parts of the ledger serve and to paths
 * no one serves, as every role and as an anonymous caller, over real HTTP, and checks each answer against the
 * {@link AccessMatrix}: allowed (anything but 401 and 403), or refused with 401 (anonymous) or 403 (wrong role) as
 * problem details.
 */
@LedgerTest
class AccessMatrixTest {

    /** A request to send: the method and the path it stands for in the matrix (null: no line), and a real path. */
    record Probe(String method, String pattern, String path) {
    }

    /** Who calls: a role, or null for an anonymous caller. */
    record Caller(Role role) {

        @Override
        public String toString() {
            return role == null ? "anonymous" : role.name();
        }
    }

    /** Requests that no endpoint mapped in this application stands for. */
    private static final List<Probe> UNMAPPED = List.of(
            new Probe("GET", "/actuator/health", "/actuator/health"),
            new Probe("GET", "/actuator/prometheus", "/actuator/prometheus"),
            // Deny by default: no line, no one.
            new Probe("GET", null, "/api/unlisted"),
            new Probe("GET", null, "/api/complaints/C-1"),
            new Probe("DELETE", null, "/api/complaints/C-1"),
            new Probe("POST", null, "/api/data-subjects/R-1"),
            new Probe("GET", null, "/actuator/env"),
            new Probe("GET", null, "/"));

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointOfTheApplicationIsInTheMatrix() {
        List<String> unclassified = mapped()
                .filter(probe -> AccessMatrix.classify(probe.method(), probe.pattern()).isEmpty())
                .map(probe -> probe.method() + " " + probe.pattern())
                .toList();

        assertThat(unclassified).as("endpoints the access matrix does not classify: add them to AccessMatrix, "
                + "AccessRules and docs/api.md").isEmpty();
    }

    @Test
    void theUnlistedProbesAreNotInTheMatrix() {
        assertThat(UNMAPPED.stream().filter(probe -> probe.pattern() == null)
                .filter(probe -> AccessMatrix.classify(probe.method(), probe.path()).isPresent())).isEmpty();
    }

    @TestFactory
    Stream<DynamicContainer> everyEndpointAgainstEveryRoleAndAnonymous() {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller(null));
        Arrays.stream(Role.values()).map(Caller::new).forEach(callers::add);
        Set<Probe> probes = new LinkedHashSet<>(mapped().toList());
        probes.addAll(UNMAPPED);
        return probes.stream().map(probe -> dynamicContainer(probe.method() + " " + probe.path(),
                callers.stream().map(caller -> {
                    Optional<AccessMatrix.Line> line = Optional.ofNullable(probe.pattern())
                            .flatMap(pattern -> AccessMatrix.classify(probe.method(), pattern));
                    int refusal = refusal(line, caller);
                    return dynamicTest(caller + (refusal == 0 ? " allowed" : " refused " + refusal),
                            () -> check(probe, caller, refusal));
                })));
    }

    /** 0 when the caller is let through; otherwise the status of the refusal. */
    private static int refusal(Optional<AccessMatrix.Line> line, Caller caller) {
        if (line.isPresent() && line.get().open()) {
            return 0;
        }
        if (caller.role() == null) {
            return 401;
        }
        return line.isPresent() && line.get().allowed().contains(caller.role()) ? 0 : 403;
    }

    private void check(Probe probe, Caller caller, int refusal) {
        LedgerClient client = caller.role() == null ? LedgerClient.anonymous(port) : new LedgerClient(port, caller.role());
        LedgerClient.Reply reply = client.request(probe.method(), probe.path(), probe.method().equals("POST") ? "{}" : null);

        if (refusal == 0) {
            assertThat(reply.status()).as(reply.raw().body()).isNotIn(401, 403);
            return;
        }
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(refusal);
        assertThat(reply.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:complaint-ledger:problem:"
                + (refusal == 401 ? "unauthenticated" : "forbidden"));
        assertThat(reply.body().get("status").asInt()).isEqualTo(refusal);
    }

    /** Every method and path the application maps to a controller, with a real path that stands for it. */
    private Stream<Probe> mapped() {
        return mappings.getHandlerMethods().keySet().stream().flatMap(AccessMatrixTest::probes);
    }

    private static Stream<Probe> probes(RequestMappingInfo mapping) {
        Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
        Stream<String> names = methods.isEmpty() ? Stream.of("GET") : methods.stream().map(RequestMethod::name);
        return names.flatMap(method -> mapping.getPatternValues().stream()
                .map(pattern -> new Probe(method, pattern, pattern.replaceAll("\\{[^}]+}", "probe"))));
    }
}
