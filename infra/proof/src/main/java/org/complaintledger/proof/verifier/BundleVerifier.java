package org.complaintledger.proof.verifier;

import java.util.ArrayList;
import java.util.List;
import org.complaintledger.proof.bundle.CaseBundle;

/**
 * Checks a case bundle against the public keys an investigator trusts (docs/proofs.md section 6), offline, with the
 * same code the ledger uses to make the hashes and proofs. Every check runs, so the verdict names every event and
 * proof that fails, each with why.
 */
public final class BundleVerifier {

    private final TrustedKeys keys;

    public BundleVerifier(TrustedKeys keys) {
        this.keys = keys;
    }

    public Verdict verify(CaseBundle bundle) {
        List<String> failures = new ArrayList<>();
        CheckpointChecks.check(bundle, keys, failures);
        EventChecks.check(bundle, failures);
        LeafChecks.check(bundle, failures);
        DocumentChecks.check(bundle, failures);
        return new Verdict(failures, summary(bundle));
    }

    /**
     * As {@link #verify(CaseBundle)}, and also: the earlier bundle verifies, its checkpoint's tree is proven a prefix
     * of this bundle's, and its events are this bundle's first events, unchanged.
     */
    public Verdict verify(CaseBundle bundle, CaseBundle earlier) {
        List<String> failures = new ArrayList<>(verify(bundle).failures());
        verify(earlier).failures().forEach(failure -> failures.add("earlier bundle: " + failure));
        SinceChecks.check(bundle, earlier, failures);
        return new Verdict(failures, summary(bundle));
    }

    private static String summary(CaseBundle bundle) {
        return "verified: " + bundle.events().size() + " events of complaint " + Describe.text(bundle.complaintId())
                + ", included in checkpoint " + bundle.checkpoint().issuedAt() + " (tree size "
                + bundle.checkpoint().treeSize() + ")";
    }
}
