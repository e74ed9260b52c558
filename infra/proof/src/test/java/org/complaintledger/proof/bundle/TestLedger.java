package org.complaintledger.proof.bundle;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.Frontier;
import org.complaintledger.proof.MerkleTree;
import org.complaintledger.proof.StoredEvent;

/**
 * A ledger in memory, doing what the real one does with the proof module: chains each record's events, admits them as
 * leaves (keeping the perfect subtrees the frontier hands over), signs checkpoints and assembles case bundles through
 * the public API the ledger uses. Tests tamper with what it makes.
 */
public final class TestLedger {

    public static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    private final KeyPair key;
    private final Frontier frontier = Frontier.empty();
    private final Map<String, byte[]> subtrees = new HashMap<>();
    private final Map<String, List<BundledEvent>> records = new LinkedHashMap<>();
    private final Map<String, Long> leafOf = new HashMap<>();
    private final UnaryOperator<StoredEvent> tampering;
    private long globalIndex;

    public TestLedger(KeyPair key) {
        this(key, UnaryOperator.identity());
    }

    /** A ledger that stores each event as {@code tampering} changes it (a history rewritten, then re-signed). */
    public TestLedger(KeyPair key, UnaryOperator<StoredEvent> tampering) {
        this.key = key;
        this.tampering = tampering;
    }

    public KeyPair key() {
        return key;
    }

    public BundledEvent append(String recordId, String type, String payloadJson) {
        List<BundledEvent> record = records.computeIfAbsent(recordId, id -> new ArrayList<>());
        long sequence = record.size();
        globalIndex += 1 + (globalIndex % 3 == 0 ? 1 : 0); // gaps, as rolled-back transactions leave
        StoredEvent event = tampering.apply(new StoredEvent(recordId + "-event-" + sequence, recordId, "Complaint",
                sequence, "org.complaintledger.complaint." + type, null,
                START.plusMillis(1_250L * leafOf.size()).toString(), payloadJson.getBytes(StandardCharsets.UTF_8),
                ("{\"traceId\":\"" + leafOf.size() + "\"}").getBytes(StandardCharsets.UTF_8)));
        byte[] previous = record.isEmpty() ? EventHash.NONE_BEFORE : record.getLast().eventHash();
        BundledEvent bundled = BundledEvent.of(event, globalIndex, previous, EventHash.of(event, previous));
        record.add(bundled);
        leafOf.put(event.eventIdentifier(), frontier.size());
        for (Frontier.Completed completed : frontier.append(
                MerkleTree.leafHash(MerkleTree.leafData(bundled.eventHash(), bundled.globalIndex())))) {
            subtrees.put(completed.level() + "/" + completed.index(), completed.hash());
        }
        return bundled;
    }

    /** Appends {@code count} events to each of the records in turn. */
    public void appendInterleaved(int count, String... recordIds) {
        for (int i = 0; i < count; i++) {
            for (String recordId : recordIds) {
                append(recordId, "NoteAdded", "{\"note\":\"sealed:" + recordId + ":" + i + "\"}");
            }
        }
    }

    public long size() {
        return frontier.size();
    }

    public MerkleTree.Subtrees subtrees() {
        return (level, index) -> {
            byte[] hash = subtrees.get(level + "/" + index);
            if (hash == null) {
                throw new IllegalStateException("no subtree " + level + "/" + index);
            }
            return hash;
        };
    }

    public Checkpoint checkpoint(Instant issuedAt) {
        return Checkpoint.sign(size(), frontier.root(), issuedAt, key.getPrivate(), key.getPublic());
    }

    public List<BundledEvent> record(String recordId) {
        return List.copyOf(records.getOrDefault(recordId, List.of()));
    }

    /** The bundle of a record's events admitted by {@code checkpoint}, as the ledger assembles it. */
    public CaseBundle bundle(String recordId, Checkpoint checkpoint, List<Checkpoint> earlier,
                             List<BundledDocument> documents) {
        List<BundledEvent> events = record(recordId).stream()
                .filter(event -> leafOf.get(event.eventIdentifier()) < checkpoint.treeSize())
                .toList();
        List<BundledLeaf> leaves = events.stream()
                .map(event -> BundledLeaf.of(subtrees(), checkpoint.treeSize(), leafOf.get(event.eventIdentifier()),
                        event.eventIdentifier(), event.globalIndex()))
                .toList();
        List<EarlierCheckpoint> earlierCheckpoints = earlier.stream()
                .map(before -> EarlierCheckpoint.of(subtrees(), before, checkpoint.treeSize()))
                .toList();
        byte[] html = ("<!doctype html><title>Case record " + recordId + "</title>").getBytes(StandardCharsets.UTF_8);
        return new CaseBundle(recordId, html, events, documents, checkpoint, leaves, earlierCheckpoints,
                key.getPublic());
    }

    public long leafOf(String eventIdentifier) {
        return leafOf.get(eventIdentifier);
    }
}
