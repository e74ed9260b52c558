package org.complaintledger.proof.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.proof.verifier.FixtureVerdicts.BUNDLE;
import static org.complaintledger.proof.verifier.FixtureVerdicts.CHECKPOINT;
import static org.complaintledger.proof.verifier.FixtureVerdicts.FIRST;
import static org.complaintledger.proof.verifier.FixtureVerdicts.FIXTURE;
import static org.complaintledger.proof.verifier.FixtureVerdicts.KEY;
import static org.complaintledger.proof.verifier.FixtureVerdicts.fails;
import static org.complaintledger.proof.verifier.FixtureVerdicts.failures;
import static org.complaintledger.proof.verifier.FixtureVerdicts.leafOf;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.bundle.BundledLeaf;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.EarlierCheckpoint;
import org.complaintledger.proof.bundle.Fixture;
import org.complaintledger.proof.bundle.TestLedger;
import org.junit.jupiter.api.Test;

/**
 * Each way the proofs tying a bundle's events to the ledger can be altered (audit paths, leaves, the checkpoint, its
 * signature and key, the consistency proofs from earlier checkpoints) fails, and the failure names the proof and why.
 */
class AlteredProofsTest {

    private static final KeyPair OTHER = LedgerKeys.generate();

    @Test
    void aBadAuditPathIsNamed() {
        long leaf = FIXTURE.ledger().leafOf("c-A-event-6");
        String expected = "the audit path of leaf " + leaf + " of event c-A-event-6 (sequence 6, NoteAdded) does not"
                + " lead to the root hash of " + CHECKPOINT + ": nothing proves the event, as bundled, is in the ledger";
        fails(Tamper.leaves(BUNDLE, leaves -> {
            BundledLeaf l = leafOf(BUNDLE, "c-A-event-6");
            List<byte[]> path = new ArrayList<>(l.auditPath());
            path.set(1, Tamper.flipped(path.get(1)));
            leaves.set(leaves.indexOf(l), new BundledLeaf(l.leafIndex(), l.eventIdentifier(), l.globalIndex(), path));
            return leaves;
        }), expected);
        fails(Tamper.leaves(BUNDLE, leaves -> {
            BundledLeaf l = leafOf(BUNDLE, "c-A-event-6");
            leaves.set(leaves.indexOf(l), new BundledLeaf(l.leafIndex(), l.eventIdentifier(), l.globalIndex(),
                    l.auditPath().subList(0, l.auditPath().size() - 1)));
            return leaves;
        }), expected);
        fails(Tamper.leaves(BUNDLE, leaves -> {
            BundledLeaf l = leafOf(BUNDLE, "c-A-event-6");
            leaves.set(leaves.indexOf(l), new BundledLeaf(l.leafIndex() + 1, l.eventIdentifier(), l.globalIndex(),
                    l.auditPath()));
            return leaves;
        }), "the audit path of leaf " + (leaf + 1) + " of event c-A-event-6");
        fails(Tamper.leaves(BUNDLE, leaves -> {
            BundledLeaf l = leafOf(BUNDLE, "c-A-event-6");
            leaves.set(leaves.indexOf(l), new BundledLeaf(21, l.eventIdentifier(), l.globalIndex(), l.auditPath()));
            return leaves;
        }), "leaf 21 of event c-A-event-6 (sequence 6, NoteAdded) is outside the 21 leaves of " + CHECKPOINT);
    }

    @Test
    void leavesAndEventsCorrespondOneToOne() {
        BundledLeaf l = leafOf(BUNDLE, "c-A-event-1");
        fails(Tamper.leaves(BUNDLE, leaves -> {
            leaves.add(l);
            return leaves;
        }), "leaf " + l.leafIndex() + " is claimed twice: by event c-A-event-1 and by event c-A-event-1",
                "event c-A-event-1 (sequence 1, NoteAdded) has 2 leaves (" + l.leafIndex() + ", " + l.leafIndex() + ")");
        fails(Tamper.leaves(BUNDLE, leaves -> {
            leaves.set(leaves.indexOf(l), new BundledLeaf(l.leafIndex(), l.eventIdentifier(), l.globalIndex() + 1,
                    l.auditPath()));
            return leaves;
        }), "leaf " + l.leafIndex() + " of event c-A-event-1 (sequence 1, NoteAdded) is at global index "
                + (l.globalIndex() + 1) + ", but the event is at " + l.globalIndex());
        fails(Tamper.events(BUNDLE, events -> {
            events.add(events.get(2));
            return events;
        }), "event c-A-event-2 (sequence 2, NoteAdded) is listed twice");
        fails(Tamper.event(BUNDLE, 2, f -> f.globalIndex = BUNDLE.events().get(1).globalIndex()),
                "event c-A-event-2 (sequence 2, NoteAdded) and event c-A-event-1 (sequence 1, NoteAdded) both claim"
                        + " global index");
    }

    @Test
    void aCheckpointSignedByAnUntrustedKeyIsNamed() {
        BundleVerifier other = new BundleVerifier(TrustedKeys.of(List.of(OTHER.getPublic())));
        assertThat(other.verify(BUNDLE).failures()).contains(CHECKPOINT + " is signed with key "
                + LedgerKeys.fingerprint(KEY.getPublic()) + ", which is not a trusted key (trusted: "
                + LedgerKeys.fingerprint(OTHER.getPublic()) + ")");
        // A whole history forged and signed with another key verifies only against that key.
        Fixture forged = Fixture.make(new TestLedger(OTHER));
        fails(forged.bundle(), CHECKPOINT + " is signed with key " + LedgerKeys.fingerprint(OTHER.getPublic())
                + ", which is not a trusted key");
        assertThat(other.verify(forged.bundle()).verified()).isTrue();
    }

    @Test
    void aBadSignatureOrAlteredCheckpointIsNamed() {
        Checkpoint c = BUNDLE.checkpoint();
        String signature = "the signature on " + CHECKPOINT + " does not hold under trusted key " + c.keyId()
                + ": the checkpoint was altered or that key did not sign it";
        assertThat(failures(Tamper.checkpoint(BUNDLE, Tamper.checkpoint(c, c.treeSize(), c.rootHash(),
                Tamper.flipped(c.signature()))))).containsExactly(signature);
        fails(Tamper.checkpoint(BUNDLE, Tamper.checkpoint(c, c.treeSize(), Tamper.flipped(c.rootHash()),
                c.signature())), signature, "the audit path of leaf 0 of event c-A-event-0");
        fails(Tamper.checkpoint(BUNDLE, new Checkpoint(c.treeSize(), c.rootHash(), c.issuedAt().plusSeconds(3600),
                c.keyId(), c.signature())), "the signature on checkpoint 2026-12-01T10:02:00.250Z (tree size 21)");
    }

    @Test
    void aBrokenConsistencyProofIsNamed() {
        CaseBundle broken = Tamper.earlier(BUNDLE, earlier -> {
            EarlierCheckpoint e = earlier.get(1);
            List<byte[]> path = new ArrayList<>(e.consistencyPath());
            path.set(0, Tamper.flipped(path.get(0)));
            earlier.set(1, new EarlierCheckpoint(e.checkpoint(), path));
            return earlier;
        });
        assertThat(failures(broken)).containsExactly("the consistency proof from earlier " + FIRST + " to " + CHECKPOINT
                + " does not hold: nothing proves that the ledger's first 9 events are still those it signed then");
        CaseBundle notEmpty = Tamper.earlier(BUNDLE, earlier -> {
            earlier.set(0, new EarlierCheckpoint(earlier.get(0).checkpoint(), List.of(new byte[32])));
            return earlier;
        });
        fails(notEmpty, "the consistency proof from earlier checkpoint 2026-12-01T09:00:00Z (tree size 0)");
    }
}
