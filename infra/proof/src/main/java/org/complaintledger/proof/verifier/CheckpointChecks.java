package org.complaintledger.proof.verifier;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.MerkleTree;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.EarlierCheckpoint;

/**
 * The checkpoints (docs/proofs.md sections 3 and 4): the bundle's checkpoint and every earlier one are signed by a
 * trusted key, and each earlier checkpoint's tree is proven a prefix of the bundle's (RFC 9162 2.1.4.2).
 */
final class CheckpointChecks {

    private CheckpointChecks() {
    }

    static void check(CaseBundle bundle, TrustedKeys keys, List<String> failures) {
        Checkpoint checkpoint = bundle.checkpoint();
        signature(checkpoint, "", keys, failures);
        for (EarlierCheckpoint earlier : bundle.earlierCheckpoints()) {
            Checkpoint before = earlier.checkpoint();
            signature(before, "earlier ", keys, failures);
            if (before.treeSize() > checkpoint.treeSize()) {
                failures.add("earlier " + Describe.checkpoint(before) + " has a larger tree than "
                        + Describe.checkpoint(checkpoint) + ": the ledger's history shrank");
            } else if (!consistent(before, checkpoint, earlier.consistencyPath())) {
                failures.add("the consistency proof from earlier " + Describe.checkpoint(before) + " to "
                        + Describe.checkpoint(checkpoint) + " does not hold: nothing proves that the ledger's first "
                        + before.treeSize() + " events are still those it signed then");
            }
        }
    }

    /** Whether {@code path} proves the tree of {@code before} a prefix of the tree of {@code after}. */
    static boolean consistent(Checkpoint before, Checkpoint after, List<byte[]> path) {
        if (before.treeSize() == 0) {
            return path.isEmpty() && Arrays.equals(before.rootHash(), MerkleTree.emptyRoot());
        }
        return MerkleTree.verifyConsistency(before.treeSize(), after.treeSize(), before.rootHash(), after.rootHash(),
                path);
    }

    private static void signature(Checkpoint checkpoint, String which, TrustedKeys keys, List<String> failures) {
        Optional<PublicKey> key = keys.withKeyId(checkpoint.keyId());
        if (key.isEmpty()) {
            failures.add(which + Describe.checkpoint(checkpoint) + " is signed with key "
                    + Describe.text(checkpoint.keyId()) + ", which is not a trusted key (trusted: "
                    + keys.fingerprints() + ")");
        } else if (!checkpoint.signedBy(key.get())) {
            failures.add("the signature on " + which + Describe.checkpoint(checkpoint)
                    + " does not hold under trusted key " + Describe.text(checkpoint.keyId())
                    + ": the checkpoint was altered or that key did not sign it");
        }
    }
}
