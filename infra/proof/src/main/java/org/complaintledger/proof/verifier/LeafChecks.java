package org.complaintledger.proof.verifier;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.MerkleTree;
import org.complaintledger.proof.bundle.BundledEvent;
import org.complaintledger.proof.bundle.BundledLeaf;
import org.complaintledger.proof.bundle.CaseBundle;

/**
 * Every event is exactly one leaf of the checkpoint's tree (docs/proofs.md section 2): one leaf per event and one
 * event per leaf, each leaf's hash made from the event's chained hash and global index, and each audit path leading
 * to the checkpoint's root (RFC 9162 2.1.3.2).
 */
final class LeafChecks {

    private LeafChecks() {
    }

    static void check(CaseBundle bundle, List<String> failures) {
        Checkpoint checkpoint = bundle.checkpoint();
        Map<String, BundledEvent> events = new HashMap<>();
        bundle.events().forEach(event -> events.putIfAbsent(event.eventIdentifier(), event));
        Map<String, List<BundledLeaf>> leavesOf = new LinkedHashMap<>();
        Map<Long, BundledLeaf> byIndex = new HashMap<>();
        for (BundledLeaf leaf : bundle.leaves()) {
            BundledLeaf sameIndex = byIndex.putIfAbsent(leaf.leafIndex(), leaf);
            if (sameIndex != null) {
                failures.add("leaf " + leaf.leafIndex() + " is claimed twice: by event "
                        + Describe.text(sameIndex.eventIdentifier()) + " and by event "
                        + Describe.text(leaf.eventIdentifier()));
            }
            if (!events.containsKey(leaf.eventIdentifier())) {
                failures.add("leaf " + leaf.leafIndex() + " is of event " + Describe.text(leaf.eventIdentifier())
                        + ", which is not in the bundle");
            }
            leavesOf.computeIfAbsent(leaf.eventIdentifier(), id -> new ArrayList<>()).add(leaf);
        }
        MessageDigest digest = EventHash.sha256();
        for (BundledEvent event : bundle.events()) {
            List<BundledLeaf> leaves = leavesOf.getOrDefault(event.eventIdentifier(), List.of());
            if (leaves.isEmpty()) {
                failures.add(Describe.event(event) + " has no leaf: nothing proves it is in "
                        + Describe.checkpoint(checkpoint));
            } else if (leaves.size() > 1) {
                failures.add(Describe.event(event) + " has " + leaves.size() + " leaves ("
                        + String.join(", ", leaves.stream().map(leaf -> String.valueOf(leaf.leafIndex())).toList())
                        + "): an event is one leaf of the ledger's tree");
            } else if (events.get(event.eventIdentifier()) == event) {
                inclusion(event, leaves.get(0), checkpoint, digest, failures);
            }
        }
    }

    private static void inclusion(BundledEvent event, BundledLeaf leaf, Checkpoint checkpoint, MessageDigest digest,
                                  List<String> failures) {
        String which = "leaf " + leaf.leafIndex() + " of " + Describe.event(event);
        if (leaf.globalIndex() != event.globalIndex()) {
            failures.add(which + " is at global index " + leaf.globalIndex() + ", but the event is at "
                    + event.globalIndex());
            return;
        }
        if (leaf.leafIndex() < 0 || leaf.leafIndex() >= checkpoint.treeSize()) {
            failures.add(which + " is outside the " + checkpoint.treeSize() + " leaves of "
                    + Describe.checkpoint(checkpoint));
            return;
        }
        byte[] leafHash = MerkleTree.leafHash(MerkleTree.leafData(event.eventHash(), event.globalIndex()), digest);
        if (!MerkleTree.verifyInclusion(leaf.leafIndex(), checkpoint.treeSize(), leafHash, leaf.auditPath(),
                checkpoint.rootHash())) {
            failures.add("the audit path of " + which + " does not lead to the root hash of "
                    + Describe.checkpoint(checkpoint) + ": nothing proves the event, as bundled, is in the ledger");
        }
    }
}
