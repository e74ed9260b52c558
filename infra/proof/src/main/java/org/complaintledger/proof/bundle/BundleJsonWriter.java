package org.complaintledger.proof.bundle;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.StoredEvent;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON files of a case bundle (docs/proofs.md section 5): events.json, documents.json, proof.json. */
final class BundleJsonWriter {

    /** Strict on reading: a repeated key or anything after the document is refused, not silently resolved. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final HexFormat HEX = HexFormat.of();

    private BundleJsonWriter() {
    }

    static byte[] events(CaseBundle bundle) {
        ObjectNode root = JSON.createObjectNode();
        root.put("complaintId", bundle.complaintId());
        ArrayNode events = root.putArray("events");
        for (BundledEvent bundled : bundle.events()) {
            StoredEvent event = bundled.event();
            ObjectNode node = events.addObject();
            node.put("eventIdentifier", event.eventIdentifier());
            node.put("aggregateIdentifier", event.aggregateIdentifier());
            node.put("aggregateType", event.aggregateType());
            node.put("sequenceNumber", event.sequenceNumber());
            node.put("payloadType", event.payloadType());
            node.put("payloadRevision", event.payloadRevision());
            node.put("recordedAt", event.recordedAt());
            node.put("globalIndex", bundled.globalIndex());
            node.put("payloadFile", bundled.payloadFile());
            node.put("metaData", event.metaData() == null ? null : Base64.getEncoder().encodeToString(event.metaData()));
            node.put("previousHash", HEX.formatHex(bundled.previousHash()));
            node.put("eventHash", HEX.formatHex(bundled.eventHash()));
        }
        return JSON.writeValueAsBytes(root);
    }

    static byte[] documents(CaseBundle bundle) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode documents = root.putArray("documents");
        for (BundledDocument document : bundle.documents()) {
            ObjectNode node = documents.addObject();
            node.put("eventIdentifier", document.eventIdentifier());
            node.put("sha256", document.sha256());
            node.put("mediaType", document.mediaType());
            node.put("name", document.name());
        }
        return JSON.writeValueAsBytes(root);
    }

    static byte[] proof(CaseBundle bundle) {
        ObjectNode root = JSON.createObjectNode();
        checkpoint(root.putObject("checkpoint"), bundle.checkpoint());
        ArrayNode leaves = root.putArray("leaves");
        for (BundledLeaf leaf : bundle.leaves()) {
            ObjectNode node = leaves.addObject();
            node.put("leafIndex", leaf.leafIndex());
            node.put("eventIdentifier", leaf.eventIdentifier());
            node.put("globalIndex", leaf.globalIndex());
            hashes(node.putArray("auditPath"), leaf.auditPath());
        }
        ArrayNode earlier = root.putArray("earlierCheckpoints");
        for (EarlierCheckpoint checkpoint : bundle.earlierCheckpoints()) {
            ObjectNode node = earlier.addObject();
            checkpoint(node.putObject("checkpoint"), checkpoint.checkpoint());
            hashes(node.putArray("consistencyPath"), checkpoint.consistencyPath());
        }
        root.put("publicKeyFingerprint", LedgerKeys.fingerprint(bundle.publicKey()));
        return JSON.writeValueAsBytes(root);
    }

    private static void checkpoint(ObjectNode node, Checkpoint checkpoint) {
        node.put("treeSize", checkpoint.treeSize());
        node.put("rootHash", checkpoint.rootHashHex());
        node.put("issuedAt", checkpoint.issuedAt().toString());
        node.put("keyId", checkpoint.keyId());
        node.put("signature", checkpoint.signatureBase64());
    }

    private static void hashes(ArrayNode array, List<byte[]> hashes) {
        hashes.forEach(hash -> array.add(HEX.formatHex(hash)));
    }
}
