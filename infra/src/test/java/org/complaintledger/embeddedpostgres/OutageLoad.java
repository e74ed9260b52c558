package org.complaintledger.embeddedpostgres;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintledger.access.Role;
import org.complaintledger.testsupport.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bounded number of clients each logging a complaint, adding an issue to it and reading its record, over and over,
 * recording every answer with how long it took; and which steps were acknowledged (2xx), to be found again later.
 */
final class OutageLoad implements AutoCloseable {

    /** One answer: what was asked, its status, how long it took, and what a 503 must carry. */
    record Answer(String request, int status, Duration took, String retryAfter, String contentType, String body) {
    }

    /** Far beyond any answer the ledger may give; a request that hits it is recorded as status 0. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(40);
    static final String COMPLAINT = """
            {"channel": "PHONE", "complainant": {"residentName": "Olive Outage"}, "category": "repairs",
             "tenure": "LOW_COST_RENTAL", "description": "The heating failed", "outcomesSought": ["heat"]}""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CLIENT_TIMEOUT).build();
    private final String base;
    private final String authorization = "Basic " + Base64.getEncoder().encodeToString(
            (TestAccounts.username(Role.OFFICER) + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final ExecutorService clients;
    private final List<Future<?>> running = new ArrayList<>();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    /** Complaint id to the number of its issues acknowledged; present once its logging was acknowledged. */
    private final Map<String, AtomicInteger> acknowledgedIssues = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private volatile boolean stopping;

    OutageLoad(int port, int clients, int roundsPerClient) {
        this.base = "http://localhost:" + port;
        this.clients = Executors.newFixedThreadPool(Math.max(1, clients));
        for (int i = 0; i < clients; i++) {
            running.add(this.clients.submit(() -> rounds(roundsPerClient)));
        }
    }

    /** No clients of its own: requests the test sends itself. */
    static OutageLoad client(int port) {
        return new OutageLoad(port, 0, 0);
    }

    private void rounds(int rounds) {
        for (int round = 0; round < rounds && !stopping; round++) {
            Answer logged = send("POST", "/api/complaints", COMPLAINT);
            if (logged.status() != 201) {
                continue;
            }
            String id = JSON.readTree(logged.body()).get("id").asString();
            acknowledgedIssues.put(id, new AtomicInteger());
            if (send("POST", "/api/complaints/" + id + "/issues", "{\"description\": \"round " + round + "\"}")
                    .status() == 200) {
                acknowledgedIssues.get(id).incrementAndGet();
            }
            send("GET", "/api/complaints/" + id + "/events", null);
        }
    }

    Answer send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(CLIENT_TIMEOUT)
                .header("Authorization", authorization)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        long start = System.nanoTime();
        Answer answer;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answer = new Answer(method + " " + path, response.statusCode(), Duration.ofNanos(System.nanoTime() - start),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            answer = new Answer(method + " " + path, 0, Duration.ofNanos(System.nanoTime() - start), null, null,
                    e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        answers.add(answer);
        if (answer.status() / 100 == 2) {
            acknowledged.incrementAndGet();
        } else if (answer.status() == 503) {
            unavailable.incrementAndGet();
        }
        return answer;
    }

    int acknowledged() {
        return acknowledged.get();
    }

    int unavailable() {
        return unavailable.get();
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    Map<String, AtomicInteger> acknowledgedIssues() {
        return acknowledgedIssues;
    }

    /** Lets every client finish the request it is in, and waits for them. */
    @Override
    public void close() throws Exception {
        stopping = true;
        clients.shutdown();
        if (!clients.awaitTermination(2 * CLIENT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            clients.shutdownNow();
            throw new AssertionError("the clients did not stop");
        }
        for (Future<?> client : running) {
            client.get();  // a client that failed fails the test
        }
    }
}
