package org.complaintledger.casebundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.bundle.BundleFormatException;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.CaseBundleArchive;
import org.complaintledger.proof.verifier.VerifyBundle;
import tools.jackson.databind.JsonNode;

/**
 * Downloads case bundles from the running ledger as bytes, signed in as one account, and checks them as an
 * investigator would: with the offline verifier's own command ({@link VerifyBundle}) against the key the ledger
 * publishes.
 */
public final class CaseBundleDownloads {

    /** An answer: the status, the headers' values that matter, and the body as sent. */
    public record Download(int status, String contentType, String contentDisposition, String cacheControl, byte[] body) {

        public CaseBundle bundle() {
            try {
                return CaseBundleArchive.read(new ByteArrayInputStream(body));
            } catch (IOException | BundleFormatException e) {
                throw new AssertionError("the answer is not a case bundle: " + e.getMessage(), e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What the verifier printed and its exit status. */
    public record Verified(int exitStatus, String out, String err) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String authorization;

    public CaseBundleDownloads(int port, String username, String password) {
        this.port = port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String path(String complaintId) {
        return "/api/complaints/" + complaintId + "/case-bundle";
    }

    public Download get(String complaintId) {
        return getPath(path(complaintId));
    }

    Download getPath(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Content-Disposition").orElse(null),
                    response.headers().firstValue("Cache-Control").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The ledger's current signing key, as published to anyone at GET /api/ledger/keys. */
    public static PublicKey publishedKey(int port) {
        for (JsonNode key : LedgerClient.anonymous(port).get("/api/ledger/keys").body().get("keys")) {
            if (key.get("current").asBoolean()) {
                return LedgerKeys.readPublic(key.get("publicKey").asString());
            }
        }
        throw new AssertionError("GET /api/ledger/keys lists no current key");
    }

    /**
     * Runs the verifier's command on the bundle (and an earlier one, for {@code --since}) written to files in
     * {@code directory}, trusting only {@code key}.
     */
    public static Verified verify(Path directory, PublicKey key, byte[] bundle, byte[] earlier) throws IOException {
        Path keyFile = Files.writeString(Files.createTempFile(directory, "landlord-", ".pem"), LedgerKeys.publicPem(key));
        Path bundleFile = Files.write(Files.createTempFile(directory, "case-bundle-", ".zip"), bundle);
        List<String> args = new ArrayList<>(List.of("--key", keyFile.toString()));
        if (earlier != null) {
            args.addAll(List.of("--since", Files.write(Files.createTempFile(directory, "earlier-", ".zip"), earlier)
                    .toString()));
        }
        args.add(bundleFile.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = VerifyBundle.run(args.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Verified(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
