package org.complaintledger.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.complaintledger.access.Role;
import org.complaintledger.testsupport.TestAccounts;

/**
 * Sends the mix through the ledger's HTTP API over loopback, one HTTP/1.1 keep-alive connection per client, the way
 * an intranet front end would, signed in as a complaints officer (HTTP Basic, one of the {@link TestAccounts}). Every
 * answer carries the events the command appended, read back from the ledger.
 */
final class HttpLedgerClient implements Workload.Client, AutoCloseable {

    private static final String LOG = """
            {"channel":"PHONE","complainant":{"residentName":"Resident","residentReference":"T-1234"},\
            "category":"repairs","tenure":"LOW_COST_RENTAL","description":"%s","outcomesSought":["repair the extractor fan","treat the mould"]}"""
            .formatted(Workload.DESCRIPTION);

    private static final String ACKNOWLEDGE = """
            {"definition":{"understanding":"Delay in repairing the bathroom extractor fan, leading to damp and mould",\
            "outcomesSought":["repair the extractor fan","treat the mould"]},\
            "responsibleFor":["repairs"],"notResponsibleFor":[],"handler":"Complaints Officer A"}""";

    private static final String CORRESPOND = """
            {"direction":"INBOUND","party":"RESIDENT","channel":"PHONE","summary":"%s"}"""
            .formatted(Workload.SUMMARY);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString(
            (TestAccounts.username(Role.OFFICER) + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final String base;

    HttpLedgerClient(int port) {
        this.base = "http://localhost:" + port + "/api/complaints";
    }

    @Override
    public String execute(Workload.Operation operation) throws Exception {
        String id = operation.complaintId();
        HttpResponse<String> response = switch (operation.kind()) {
            case LOG -> post(base, LOG);
            case ACKNOWLEDGE -> post(base + "/" + id + "/stages/1/acknowledgement", ACKNOWLEDGE);
            case CORRESPOND -> post(base + "/" + id + "/correspondence", CORRESPOND);
        };
        int expected = operation.kind() == Workload.Kind.LOG ? 201 : 200;
        if (response.statusCode() != expected) {
            throw new IllegalStateException(operation.kind() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        if (operation.kind() == Workload.Kind.LOG) {
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("201 without a Location"));
            return location.substring(location.lastIndexOf('/') + 1);
        }
        return id;
    }

    @Override
    public void close() {
        http.close();
    }

    /** Logs a complaint received at {@code occurredAt}, entered late with its reason; returns the answer. */
    HttpResponse<String> logReceivedAt(String occurredAt) throws Exception {
        return post(base, LOG.replaceFirst("\\{", "{\"occurredAt\":\"" + occurredAt
                + "\",\"backdatingReason\":\"entered from the paper log\","));
    }

    /** A read as the officer, {@code path} from the root (e.g. /api/reports/annual?financialYear=2025). */
    HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.replace("/api/complaints", "") + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", AUTHORIZATION)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String uri, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
