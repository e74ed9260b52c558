package org.complaintledger.casebundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.complaintledger.complaint.DocumentRef;
import org.complaintledger.proof.bundle.BundledDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents a complaint's record names (5.12), for the bundle's documents.json: each document reference
 * ({@code DocumentRef}: {@code sha256}, {@code mediaType}, {@code name}) found in an event's payload <em>as stored</em>,
 * so the digest listed is the one the event's hash covers. The name is sealed personal data in the stored payload; it
 * is given opened, as the case record page in the same bundle shows it (after erasure, {@code [erased]}), or left out
 * when the event could not be read opened.
 */
final class BundleDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    /** How deep a document reference may sit in a payload: DocumentAttached.document, CorrespondenceRecorded.documents[]. */
    private static final int DEEPEST = 8;

    private BundleDocuments() {
    }

    /** The documents of these events, in sequence order, then in the order each payload names them. */
    static List<BundledDocument> of(List<StoredComplaintEvents.Row> rows, Map<String, List<DocumentRef>> opened) {
        List<BundledDocument> documents = new ArrayList<>();
        for (StoredComplaintEvents.Row row : rows) {
            List<JsonNode> references = new ArrayList<>();
            try {
                collect(JSON.readTree(row.event().payload()), 0, references);
            } catch (JacksonException e) {
                continue;  // not JSON as stored: the verifier finds the event altered; no digest can be read from it
            }
            List<DocumentRef> names = new ArrayList<>(opened.getOrDefault(row.event().eventIdentifier(), List.of()));
            for (JsonNode reference : references) {
                String sha256 = reference.get("sha256").asString();
                JsonNode mediaType = reference.get("mediaType");
                documents.add(new BundledDocument(row.event().eventIdentifier(), sha256,
                        mediaType.isString() ? mediaType.asString() : null, nameOf(sha256, names)));
            }
        }
        return documents;
    }

    /** Objects with a {@code sha256} of 64 lowercase hex digits and a {@code mediaType}: document references. */
    private static void collect(JsonNode node, int depth, List<JsonNode> references) {
        if (depth > DEEPEST) {
            return;
        }
        if (node.isObject()) {
            JsonNode sha256 = node.get("sha256");
            if (sha256 != null && sha256.isString() && DIGEST.matcher(sha256.asString()).matches()
                    && node.has("mediaType")) {
                references.add(node);
                return;
            }
        }
        if (node.isContainer()) {
            for (JsonNode child : node.values()) {
                collect(child, depth + 1, references);
            }
        }
    }

    /** The opened name of the first document of the event with this digest not yet named (each used once). */
    private static String nameOf(String sha256, List<DocumentRef> opened) {
        for (int i = 0; i < opened.size(); i++) {
            if (sha256.equals(opened.get(i).sha256())) {
                return opened.remove(i).name();
            }
        }
        return null;
    }
}
