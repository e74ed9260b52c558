package org.complaintledger.proof.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.proof.bundle.Fixture.B;
import static org.complaintledger.proof.verifier.FixtureVerdicts.BUNDLE;
import static org.complaintledger.proof.verifier.FixtureVerdicts.FIRST;
import static org.complaintledger.proof.verifier.FixtureVerdicts.FIXTURE;
import static org.complaintledger.proof.verifier.FixtureVerdicts.KEY;
import static org.complaintledger.proof.verifier.FixtureVerdicts.VERIFIER;
import static org.complaintledger.proof.verifier.FixtureVerdicts.fails;
import static org.complaintledger.proof.verifier.FixtureVerdicts.viaArchive;

import java.security.KeyPair;
import java.util.List;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.EarlierCheckpoint;
import org.complaintledger.proof.bundle.Fixture;
import org.junit.jupiter.api.Test;

/** A bundle as the ledger made it verifies, read from its archive too, and after the ledger's key was rotated. */
class GenuineBundleTest {

    @Test
    void aGenuineBundleVerifies() throws Exception {
        Verdict verdict = VERIFIER.verify(BUNDLE);
        assertThat(verdict.failures()).isEmpty();
        assertThat(verdict.summary())
                .isEqualTo("verified: 8 events of complaint c-A, included in checkpoint 2026-12-01T09:02:00.250Z (tree size 21)");
        assertThat(VERIFIER.verify(viaArchive(Fixture.zip(BUNDLE))).verified()).isTrue();
        assertThat(VERIFIER.verify(FIXTURE.earlier()).summary())
                .isEqualTo("verified: 4 events of complaint c-A, included in checkpoint 2026-12-01T09:01:00.120Z (tree size 9)");
        assertThat(VERIFIER.verify(FIXTURE.ledger().bundle(B, FIXTURE.second(), List.of(FIXTURE.first()), List.of()))
                .verified()).isTrue();
    }

    @Test
    void aKeyRotationVerifiesWithBothKeys() {
        KeyPair old = LedgerKeys.generate();
        Checkpoint first = FIXTURE.first();
        Checkpoint signedWithOld = Checkpoint.sign(first.treeSize(), first.rootHash(), first.issuedAt(),
                old.getPrivate(), old.getPublic());
        CaseBundle rotated = Tamper.earlier(BUNDLE, earlier -> {
            earlier.set(1, EarlierCheckpoint.of(FIXTURE.ledger().subtrees(), signedWithOld, BUNDLE.checkpoint().treeSize()));
            return earlier;
        });
        assertThat(new BundleVerifier(TrustedKeys.of(List.of(KEY.getPublic(), old.getPublic()))).verify(rotated)
                .failures()).isEmpty();
        fails(rotated, "earlier " + FIRST + " is signed with key " + LedgerKeys.fingerprint(old.getPublic())
                + ", which is not a trusted key");
    }
}
