package org.complaintledger.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running ledger over real HTTP, as any client would. */
final class LedgerClient {

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {

        String id() {
            return body.get("id").asString();
        }

        /** Types of the events a step appended, in order. */
        List<String> eventTypes() {
            List<String> types = new ArrayList<>();
            body.get("events").forEach(e -> types.add(e.get("type").asString()));
            return types;
        }

        JsonNode event(int index) {
            return body.get("events").get(index).get("payload");
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    LedgerClient(int port) {
        this.base = "http://localhost:" + port;
    }

    Reply post(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** The body as text, for what is not JSON (CSV exports). */
    HttpResponse<String> getText(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs a plain complaint received now and returns its id. */
    String logComplaint() {
        Reply reply = post("/api/complaints", """
                {"channel": "PHONE", "complainant": {"residentName": "Ray Resident"}, "category": "repairs",
                 "description": "The boiler has failed twice", "outcomesSought": ["a working boiler"]}""");
        if (reply.status() != 201) {
            throw new AssertionError("could not log a complaint: " + reply.body());
        }
        return reply.id();
    }

    /** The complaint's whole record, as an investigator reads it. */
    JsonNode events(String complaintId) {
        return get("/api/complaints/" + complaintId + "/events").body();
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
