package org.complaintledger.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.complaintledger.access.Role;
import org.complaintledger.testsupport.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running ledger over real HTTP, as any client would, signed in with one of the {@link TestAccounts}: the
 * complaints officer unless told otherwise.
 */
public final class LedgerClient {

    public record Reply(int status, JsonNode body, HttpResponse<String> raw) {

        public String id() {
            return body.get("id").asString();
        }

        /** Types of the events a step appended, in order. */
        public List<String> eventTypes() {
            List<String> types = new ArrayList<>();
            body.get("events").forEach(e -> types.add(e.get("type").asString()));
            return types;
        }

        public JsonNode event(int index) {
            return body.get("events").get(index).get("payload");
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    /** The Authorization header's value; null for an anonymous caller. */
    private final String authorization;

    /** Signed in as the complaints officer. */
    public LedgerClient(int port) {
        this(port, Role.OFFICER);
    }

    public LedgerClient(int port, Role role) {
        this(port, TestAccounts.username(role), TestAccounts.PASSWORD);
    }

    /** Signed in as {@code username}; a null username is an anonymous caller. */
    public LedgerClient(int port, String username, String password) {
        this.base = "http://localhost:" + port;
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static LedgerClient anonymous(int port) {
        return new LedgerClient(port, null, null);
    }

    public Reply post(String path, String json, String... headers) {
        return request("POST", path, json, headers);
    }

    public Reply get(String path) {
        return request("GET", path, null);
    }

    /** Any method; a null body sends none. */
    public Reply request(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Any method, body and content type, as a careless or hostile client sends them; a null body sends none. */
    public Reply send(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        request.header("Content-Type", contentType).header("Authorization", authorization);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** The body as text, for what is not JSON (CSV exports). */
    public HttpResponse<String> getText(String path) {
        return get(path).raw();
    }

    /** Logs a plain complaint received now and returns its id. */
    public String logComplaint() {
        return logComplaint(null, "Ray Resident", "The boiler has failed twice");
    }

    /** Logs a complaint received now from the resident (null: not known by id) and returns its id. */
    public String logComplaint(String residentId, String residentName, String description) {
        Reply reply = post("/api/complaints", complaintBody(residentId, residentName, description));
        if (reply.status() != 201) {
            throw new AssertionError("could not log a complaint: " + reply.body());
        }
        return reply.id();
    }

    static String complaintBody(String residentId, String residentName, String description) {
        return """
                {"channel": "PHONE", "complainant": {%s"residentName": "%s"}, "category": "repairs", "tenure": "LOW_COST_RENTAL",
                 "description": "%s", "outcomesSought": ["a working boiler"]}"""
                .formatted(residentField(residentId), residentName, description);
    }

    private static String residentField(String residentId) {
        return residentId == null ? "" : "\"residentId\": \"" + residentId + "\", ";
    }

    /**
     * A complaint with personal data in nested values and lists, backdated to November 2026 (with its reason) and
     * taken to its stage 1 response: logged, acknowledged, answered with two remedies (action-1, action-2) and an
     * outstanding action (action-3). Returns its id.
     */
    public String complaintThroughStageOne(String residentId, String residentName) {
        String late = "\"backdatingReason\": \"entered from the paper file\"";
        Reply logged = post("/api/complaints", """
                {"occurredAt": "2026-11-02T10:00:00Z", %s, "channel": "VIA_REPRESENTATIVE",
                 "complainant": {%s"residentName": "%s", "residentReference": "T-1001",
                                 "representative": {"name": "Carl Councillor", "relationship": "ward councillor"}},
                 "category": "repairs", "tenure": "LOW_COST_RENTAL", "description": "Boiler broken for three weeks",
                 "outcomesSought": ["a working boiler", "compensation"]}""".formatted(late, residentField(residentId),
                residentName));
        String at = "/api/complaints/" + logged.id();
        post(at + "/stages/1/acknowledgement", """
                {"occurredAt": "2026-11-04T09:00:00Z", %s, "handler": "Sam Handler",
                 "definition": {"understanding": "Boiler not repaired", "outcomesSought": ["repair"]},
                 "responsibleFor": ["boiler repair"], "notResponsibleFor": ["the gas supply"]}""".formatted(late));
        Reply response = post(at + "/stages/1/response", """
                {"occurredAt": "2026-11-13T15:00:00Z", %s, "decision": "PARTLY_UPHELD", "reasons": "The repair was late",
                 "remediesOffered": [{"type": "APOLOGY", "description": "Written apology", "dueBy": "2026-11-20"},
                                     {"type": "FINANCIAL", "description": "Compensation", "amountPence": 5000, "dueBy": "2026-12-04"}],
                 "outstandingActions": [{"description": "Replace the boiler", "dueBy": "2026-12-11"}],
                 "escalationRoute": "Reply to this letter to ask for stage 2", "respondedBy": "Sam Handler"}"""
                .formatted(late));
        if (response.status() != 200) {
            throw new AssertionError("could not take the complaint through stage 1: " + response.body());
        }
        return logged.id();
    }

    /** The complaint's whole record, as an investigator reads it. */
    public JsonNode events(String complaintId) {
        return get("/api/complaints/" + complaintId + "/events").body();
    }

    /**
     * The server's answer. A pooled connection the server closed after its last answer (as Tomcat does after refusing
     * an oversized body) fails before a single byte comes back: the request never reached the ledger, so it is sent
     * once more on a new connection.
     */
    private HttpResponse<String> answered(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** An answer that claims to be JSON but is not is read as nothing, for the test to say so. */
    private static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (tools.jackson.core.JacksonException e) {
            return JSON.missingNode();
        }
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = answered(request);
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
            JsonNode body = response.body().isEmpty() || !json ? JSON.missingNode() : readTree(response.body());
            return new Reply(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
