package org.complaintledger.proof.verifier;

import java.util.List;

/**
 * What the verifier found: no failures and a summary ({@code verified: N events of complaint X, included in
 * checkpoint T (tree size S)}), or each failure naming the event or proof and why.
 */
public record Verdict(List<String> failures, String summary) {

    public Verdict {
        failures = List.copyOf(failures);
    }

    public boolean verified() {
        return failures.isEmpty();
    }
}
