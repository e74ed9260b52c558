package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The fuzzing of issue 8, kept: every endpoint Spring maps (so a new one is covered without a line here) gets
 * hostile input from an authorised caller (the officer): for each field of its body in the OpenAPI description a
 * value of each wrong JSON type, a NUL byte and an oversize text; whole bodies that are truncated, not JSON, not an
 * object, with a duplicate or an unknown key, or too large; hostile path segments, query parameters and headers.
 * Every answer must be a refusal short of 5xx, as RFC 9457 problem details, in the API's words (no Java type, no
 * stack trace), and append nothing.
 */
@LedgerTest
class EveryEndpointFuzzTest {

    /** Path variables and path segments a caller may mangle. */
    private static final List<String> HOSTILE_SEGMENTS = List.of("a%2Fb", "a%00b", "a%25b", "%2E%2E",
            "x".repeat(300));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /**
     * One hostile request: what it stands for, whether it must be refused (4xx) or merely not hurt, and the body field
     * it spoils (null: none), which a 400 must name.
     */
    record Probe(String name, String method, String path, String body, String contentType, boolean mustRefuse,
                 String field, String... headers) {
    }

    @TestFactory
    Stream<DynamicContainer> everyEndpointRefusesHostileInputInTheApisOwnWords() {
        LedgerClient officer = new LedgerClient(port);
        String complaintId = officer.logComplaint();
        OpenApiBodies api = new OpenApiBodies(officer.get("/v3/api-docs").body());
        Refusals refusals = new Refusals(jdbc);
        return mappings.getHandlerMethods().keySet().stream()
                .flatMap(EveryEndpointFuzzTest::endpoints)
                .filter(endpoint -> endpoint.path().startsWith("/api/"))
                .sorted()
                .map(endpoint -> dynamicContainer(endpoint.method() + " " + endpoint.path(),
                        probes(endpoint, complaintId, api).stream()
                                .map(probe -> check(officer, refusals, probe))));
    }

    record Endpoint(String method, String path) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            return (path + method).compareTo(other.path + other.method);
        }

        /** A real path: the complaint's id for {id}, stage 1, a harmless word for every other variable. */
        String realPath(String complaintId) {
            return path.replace("{id}", complaintId).replace("{stage}", "1").replaceAll("\\{[^}]+}", "probe");
        }
    }

    private static Stream<Endpoint> endpoints(RequestMappingInfo mapping) {
        Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
        Stream<String> names = methods.isEmpty() ? Stream.of("GET") : methods.stream().map(RequestMethod::name);
        return names.flatMap(method -> mapping.getPatternValues().stream().map(path -> new Endpoint(method, path)));
    }

    private static List<Probe> probes(Endpoint endpoint, String complaintId, OpenApiBodies api) {
        List<Probe> probes = new ArrayList<>();
        String path = endpoint.realPath(complaintId);
        String method = endpoint.method();
        OpenApiBodies.Operation operation = api.operation(method, endpoint.path());
        if (operation.hasBody()) {
            bodyProbes(method, path, operation, probes);
        }
        String anyBody = operation.hasBody() ? "{}" : null;
        String template = endpoint.path();
        if (template.contains("{")) {
            int open = template.lastIndexOf('{');
            String marked = template.substring(0, open) + "@" + template.substring(template.indexOf('}', open) + 1);
            for (String segment : HOSTILE_SEGMENTS) {
                probes.add(new Probe("path segment " + abbreviated(segment), method,
                        new Endpoint(method, marked).realPath(complaintId).replace("@", segment), anyBody,
                        "application/json", false, null));
            }
        }
        probes.add(new Probe("double slash", method, path.replaceFirst("^/api/", "/api//"), anyBody,
                "application/json", false, null));
        probes.add(new Probe("NUL in an unknown query parameter", method, path + "?q=%00", anyBody,
                "application/json", true, "q"));
        probes.add(new Probe("a query string over the 16 KB limit", method, path + "?q=" + "q".repeat(17_000),
                anyBody, "application/json", true, null));
        for (OpenApiBodies.Parameter parameter : operation.queryParameters()) {
            for (String value : List.of("%00", "not-a-date-or-number", "9".repeat(40))) {
                probes.add(new Probe("query " + parameter.name() + "=" + abbreviated(value), method,
                        path + "?" + operation.query(parameter.name(), value), anyBody, "application/json", false,
                        parameter.name()));
            }
        }
        return probes;
    }

    private static void bodyProbes(String method, String path, OpenApiBodies.Operation operation, List<Probe> probes) {
        String first = operation.fields().isEmpty() ? "residentsWords" : operation.fields().getFirst().path();
        String key = first.replaceAll("\\[0]", "").replaceAll("\\..*", "");
        List<String> bodies = List.of("{\"" + key + "\": \"x", "not json", "[]", "null",
                "{\"noSuchField\": \"x\"}", "{\"" + key + "\": \"x\", \"" + key + "\": \"y\"}", "{\"a\\u0000b\": 1}",
                "[".repeat(5_000) + "]".repeat(5_000), "{\"" + key + "\": [" + "0, ".repeat(60_000) + "0]}");
        for (String body : bodies) {
            probes.add(new Probe("body " + abbreviated(body), method, path, body, "application/json", true, null));
        }
        // Within the body limit, one oversized field is named rather than the body refused (docs/api.md, Limits).
        String megabyte = "{\"" + key + "\": \"" + "x".repeat(1_000_000) + "\"}";
        probes.add(new Probe("body " + abbreviated(megabyte), method, path, megabyte, "application/json", true, key));
        probes.add(new Probe("text/plain", method, path, "{}", "text/plain", true, null));
        if (operation.idempotent()) {
            probes.add(new Probe("a 10 KB Idempotency-Key", method, path, "{}", "application/json", true,
                    "Idempotency-Key", "Idempotency-Key", "k".repeat(10_240)));
        }
        for (OpenApiBodies.Field field : operation.fields()) {
            for (String wrong : field.wrongValues()) {
                probes.add(new Probe(field.path() + " = " + abbreviated(wrong), method, path, field.body(wrong),
                        "application/json", true, field.path()));
            }
        }
    }

    private static DynamicTest check(LedgerClient officer, Refusals refusals, Probe probe) {
        return dynamicTest(probe.name(), () -> {
            long before = refusals.eventCount();
            Reply reply = officer.send(probe.method(), probe.path(), probe.body(), probe.contentType(),
                    probe.headers());
            String answer = probe.method() + " " + abbreviated(probe.path()) + ", " + probe.name() + " -> "
                    + reply.status() + " " + abbreviated(reply.raw().body(), 600);
            assertThat(reply.status()).as(answer).isLessThan(500);
            if (probe.mustRefuse()) {
                assertThat(reply.status()).as(answer).isBetween(400, 499);
            }
            if (reply.status() >= 400) {
                assertThat(reply.raw().headers().firstValue("Content-Type")).as(answer)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(reply.body().path("status").asInt()).as(answer).isEqualTo(reply.status());
            }
            assertThat(reply.raw().body()).as(answer).doesNotContainPattern(HostileInputHttpTest.JAVA_SPEAK);
            if (probe.field() != null && reply.status() == 400) {
                List<String> named = new ArrayList<>();
                reply.body().path("errors").forEach(error -> named.add(error.path("field").asString()));
                assertThat(named).as(answer).anySatisfy(field -> assertThat(field).startsWith(probe.field()));
            }
            assertThat(refusals.eventCount()).as("events appended by " + answer).isEqualTo(before);
        });
    }

    private static String abbreviated(String text) {
        return abbreviated(text, 40);
    }

    private static String abbreviated(String text, int length) {
        String printable = text.replace("\u0000", "\\0");
        return printable.length() <= length ? printable
                : printable.substring(0, length - 10) + "… (" + text.length() + " chars)";
    }
}
