package org.complaintledger.proof.verifier;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.bundle.BundledEvent;
import org.complaintledger.proof.bundle.BundledLeaf;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.EarlierCheckpoint;

/**
 * A bundle against an earlier bundle of the same complaint (both verified on their own): the earlier checkpoint's
 * tree is proven a prefix of this one's, and the earlier events are the first events of this bundle, unchanged and
 * at the same leaves. Names the first difference only: after it, everything differs.
 */
final class SinceChecks {

    private SinceChecks() {
    }

    static void check(CaseBundle now, CaseBundle earlier, List<String> failures) {
        if (!earlier.complaintId().equals(now.complaintId())) {
            failures.add("the earlier bundle is of complaint " + Describe.text(earlier.complaintId())
                    + ", not of complaint " + Describe.text(now.complaintId()));
            return;
        }
        checkpoints(now, earlier.checkpoint(), failures);
        events(now, earlier, failures);
    }

    private static void checkpoints(CaseBundle now, Checkpoint then, List<String> failures) {
        Checkpoint current = now.checkpoint();
        String thenName = "the earlier bundle's " + Describe.checkpoint(then);
        if (then.treeSize() > current.treeSize()) {
            failures.add(thenName + " has a larger tree than this bundle's " + Describe.checkpoint(current)
                    + ": the ledger's history shrank");
            return;
        }
        if (then.treeSize() == current.treeSize()) {
            if (!Arrays.equals(then.rootHash(), current.rootHash())) {
                failures.add(thenName + " and this bundle's " + Describe.checkpoint(current)
                        + " are of the same tree size with different root hashes: the ledger's history changed");
            }
            return;
        }
        Optional<EarlierCheckpoint> listed = now.earlierCheckpoints().stream()
                .filter(e -> e.checkpoint().treeSize() == then.treeSize()
                        && Arrays.equals(e.checkpoint().rootHash(), then.rootHash()))
                .findFirst();
        if (listed.isPresent()) {
            if (!CheckpointChecks.consistent(listed.get().checkpoint(), current, listed.get().consistencyPath())) {
                failures.add("the consistency proof from " + thenName + " to this bundle's "
                        + Describe.checkpoint(current) + " does not hold: nothing proves the ledger's history up to"
                        + " the earlier bundle is unchanged");
            }
            return;
        }
        boolean sameSizeOtherRoot = now.earlierCheckpoints().stream()
                .anyMatch(e -> e.checkpoint().treeSize() == then.treeSize());
        failures.add(sameSizeOtherRoot
                ? thenName + " has a different root hash from this bundle's earlier checkpoint of that tree size:"
                        + " the ledger's history changed"
                : thenName + " is not among this bundle's earlier checkpoints: nothing proves this bundle's "
                        + Describe.checkpoint(current) + " extends it");
    }

    private static void events(CaseBundle now, CaseBundle earlier, List<String> failures) {
        Map<Long, BundledEvent> current = new HashMap<>();
        now.events().forEach(event -> current.putIfAbsent(event.sequenceNumber(), event));
        Map<String, BundledLeaf> leavesNow = leaves(now);
        Map<String, BundledLeaf> leavesThen = leaves(earlier);
        for (BundledEvent then : earlier.events()) {
            BundledEvent event = current.get(then.sequenceNumber());
            String thenName = Describe.event(then) + " of the earlier bundle";
            if (event == null) {
                failures.add(thenName + " is missing from this bundle");
                return;
            }
            if (!event.eventIdentifier().equals(then.eventIdentifier())
                    || !Arrays.equals(event.eventHash(), then.eventHash())) {
                failures.add(thenName + " (hash " + Describe.hex(then.eventHash()) + ") differs in this bundle: sequence "
                        + then.sequenceNumber() + " is now " + Describe.event(event) + " (hash "
                        + Describe.hex(event.eventHash()) + ")");
                return;
            }
            BundledLeaf leafThen = leavesThen.get(then.eventIdentifier());
            BundledLeaf leafNow = leavesNow.get(event.eventIdentifier());
            if (leafThen != null && leafNow != null && (leafThen.leafIndex() != leafNow.leafIndex()
                    || leafThen.globalIndex() != leafNow.globalIndex())) {
                failures.add(thenName + " was leaf " + leafThen.leafIndex() + " (global index "
                        + leafThen.globalIndex() + ") and is now leaf " + leafNow.leafIndex() + " (global index "
                        + leafNow.globalIndex() + ")");
                return;
            }
        }
    }

    private static Map<String, BundledLeaf> leaves(CaseBundle bundle) {
        Map<String, BundledLeaf> leaves = new HashMap<>();
        bundle.leaves().forEach(leaf -> leaves.putIfAbsent(leaf.eventIdentifier(), leaf));
        return leaves;
    }
}
