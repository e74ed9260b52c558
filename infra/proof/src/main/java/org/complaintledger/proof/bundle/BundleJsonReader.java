package org.complaintledger.proof.bundle;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.StoredEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads the JSON files of a case bundle strictly, naming the file, element and field of whatever is wrong. */
final class BundleJsonReader {

    static final Set<String> EVENT_FIELDS = Set.of("eventIdentifier", "aggregateIdentifier", "aggregateType",
            "sequenceNumber", "payloadType", "payloadRevision", "recordedAt", "globalIndex", "payloadFile", "metaData",
            "previousHash", "eventHash");
    private static final Set<String> CHECKPOINT_FIELDS = Set.of("treeSize", "rootHash", "issuedAt", "keyId",
            "signature");

    /** What events.json says. */
    record Events(String complaintId, List<BundledEvent> events) {
    }

    /** What proof.json says. */
    record Proof(Checkpoint checkpoint, List<BundledLeaf> leaves, List<EarlierCheckpoint> earlierCheckpoints,
                 String publicKeyFingerprint) {
    }

    private BundleJsonReader() {
    }

    /** events.json, each event's payload taken from {@code payloads} (entry name to bytes), each file used once. */
    static Events events(byte[] json, Map<String, byte[]> payloads) throws BundleFormatException {
        JsonFields root = JsonFields.of(tree(json, CaseBundleArchive.EVENTS), CaseBundleArchive.EVENTS,
                Set.of("complaintId", "events"));
        String complaintId = root.text("complaintId");
        List<BundledEvent> events = new ArrayList<>();
        Set<String> usedFiles = new HashSet<>();
        for (JsonFields event : root.objects("events", EVENT_FIELDS)) {
            String payloadFile = event.text("payloadFile");
            byte[] payload = payloads.get(payloadFile);
            if (payload == null) {
                throw new BundleFormatException(event.where() + ": its payload file '"
                        + JsonFields.abbreviated(payloadFile) + "' is not in the bundle");
            }
            if (!usedFiles.add(payloadFile)) {
                throw new BundleFormatException(event.where() + ": payload file '" + payloadFile
                        + "' is named by another event too");
            }
            StoredEvent stored = new StoredEvent(event.text("eventIdentifier"), event.text("aggregateIdentifier"),
                    event.textOrNull("aggregateType"), event.number("sequenceNumber"), event.text("payloadType"),
                    event.textOrNull("payloadRevision"), event.text("recordedAt"), payload,
                    event.base64OrNull("metaData"));
            events.add(new BundledEvent(stored, event.number("globalIndex"), event.hash("previousHash"),
                    event.hash("eventHash"), payloadFile));
        }
        for (String file : payloads.keySet()) {
            if (!usedFiles.contains(file)) {
                throw new BundleFormatException("bundle entry '" + file + "' is the payload of no event in "
                        + CaseBundleArchive.EVENTS);
            }
        }
        return new Events(complaintId, events);
    }

    static List<BundledDocument> documents(byte[] json) throws BundleFormatException {
        JsonFields root = JsonFields.of(tree(json, CaseBundleArchive.DOCUMENTS), CaseBundleArchive.DOCUMENTS,
                Set.of("documents"));
        List<BundledDocument> documents = new ArrayList<>();
        for (JsonFields document : root.objects("documents", Set.of("eventIdentifier", "sha256", "mediaType", "name"))) {
            String sha256 = document.text("sha256");
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw new BundleFormatException(document.where() + ": 'sha256' is not 64 lowercase hex digits: '"
                        + JsonFields.abbreviated(sha256) + "'");
            }
            documents.add(new BundledDocument(document.text("eventIdentifier"), sha256,
                    document.textOrNull("mediaType"), document.textOrNull("name")));
        }
        return documents;
    }

    static Proof proof(byte[] json) throws BundleFormatException {
        JsonFields root = JsonFields.of(tree(json, CaseBundleArchive.PROOF), CaseBundleArchive.PROOF,
                Set.of("checkpoint", "leaves", "earlierCheckpoints", "publicKeyFingerprint"));
        Checkpoint checkpoint = checkpoint(root.object("checkpoint", CHECKPOINT_FIELDS));
        List<BundledLeaf> leaves = new ArrayList<>();
        for (JsonFields leaf : root.objects("leaves", Set.of("leafIndex", "eventIdentifier", "globalIndex",
                "auditPath"))) {
            leaves.add(new BundledLeaf(leaf.number("leafIndex"), leaf.text("eventIdentifier"),
                    leaf.number("globalIndex"), leaf.hashes("auditPath")));
        }
        List<EarlierCheckpoint> earlier = new ArrayList<>();
        for (JsonFields entry : root.objects("earlierCheckpoints", Set.of("checkpoint", "consistencyPath"))) {
            earlier.add(new EarlierCheckpoint(checkpoint(entry.object("checkpoint", CHECKPOINT_FIELDS)),
                    entry.hashes("consistencyPath")));
        }
        return new Proof(checkpoint, leaves, earlier, root.text("publicKeyFingerprint"));
    }

    private static Checkpoint checkpoint(JsonFields fields) throws BundleFormatException {
        long treeSize = fields.number("treeSize");
        if (treeSize < 0) {
            throw new BundleFormatException(fields.where() + ": 'treeSize' is negative");
        }
        String issuedAtText = fields.text("issuedAt");
        Instant issuedAt;
        try {
            issuedAt = Instant.parse(issuedAtText);
        } catch (DateTimeParseException e) {
            throw new BundleFormatException(fields.where() + ": 'issuedAt' is not an ISO-8601 instant: '"
                    + JsonFields.abbreviated(issuedAtText) + "'");
        }
        // The signature is over Instant.toString; any other spelling of the same instant would not be what was signed.
        if (!issuedAt.toString().equals(issuedAtText)) {
            throw new BundleFormatException(fields.where() + ": 'issuedAt' '" + issuedAtText
                    + "' is not written as the ledger signs it ('" + issuedAt + "')");
        }
        String keyId = fields.text("keyId");
        if (!keyId.matches("[0-9a-f]{64}")) {
            throw new BundleFormatException(fields.where() + ": 'keyId' is not 64 lowercase hex digits");
        }
        return new Checkpoint(treeSize, fields.hash("rootHash"), issuedAt, keyId, fields.base64("signature"));
    }

    private static JsonNode tree(byte[] json, String entry) throws BundleFormatException {
        try {
            return BundleJsonWriter.JSON.readTree(json);
        } catch (JacksonException e) {
            throw new BundleFormatException(entry + " is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
