package org.complaintledger.proof.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.util.List;
import org.complaintledger.proof.bundle.BundledLeaf;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.CaseBundleArchive;
import org.complaintledger.proof.bundle.Fixture;

/** The fixture's bundle, the verifier that trusts its key, and how the verifier tests read a verdict. */
final class FixtureVerdicts {

    static final Fixture FIXTURE = Fixture.make();
    static final CaseBundle BUNDLE = FIXTURE.bundle();
    static final KeyPair KEY = Fixture.key();
    static final BundleVerifier VERIFIER = new BundleVerifier(TrustedKeys.of(List.of(KEY.getPublic())));
    static final String CHECKPOINT = "checkpoint 2026-12-01T09:02:00.250Z (tree size 21)";
    static final String FIRST = "checkpoint 2026-12-01T09:01:00.120Z (tree size 9)";

    private FixtureVerdicts() {
    }

    /** The failures of a bundle that must not verify. */
    static List<String> failures(CaseBundle bundle) {
        Verdict verdict = VERIFIER.verify(bundle);
        assertThat(verdict.verified()).as("the altered bundle verified").isFalse();
        return verdict.failures();
    }

    /** The bundle fails, with a failure containing each of {@code expected}. */
    static void fails(CaseBundle bundle, String... expected) {
        List<String> failures = failures(bundle);
        for (String failure : expected) {
            assertThat(failures).as("the failures").anySatisfy(line -> assertThat(line).contains(failure));
        }
    }

    /** The bundle as an investigator reads it: from its archive. */
    static CaseBundle viaArchive(byte[] zip) throws Exception {
        return CaseBundleArchive.read(new ByteArrayInputStream(zip));
    }

    static BundledLeaf leafOf(CaseBundle bundle, String eventIdentifier) {
        return bundle.leaves().stream().filter(l -> l.eventIdentifier().equals(eventIdentifier)).findFirst()
                .orElseThrow();
    }
}
