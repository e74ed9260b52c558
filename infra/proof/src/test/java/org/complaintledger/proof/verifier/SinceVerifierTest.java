package org.complaintledger.proof.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.proof.bundle.Fixture.A;
import static org.complaintledger.proof.bundle.Fixture.B;
import static org.complaintledger.proof.verifier.FixtureVerdicts.BUNDLE;
import static org.complaintledger.proof.verifier.FixtureVerdicts.CHECKPOINT;
import static org.complaintledger.proof.verifier.FixtureVerdicts.FIRST;
import static org.complaintledger.proof.verifier.FixtureVerdicts.FIXTURE;
import static org.complaintledger.proof.verifier.FixtureVerdicts.KEY;
import static org.complaintledger.proof.verifier.FixtureVerdicts.VERIFIER;
import static org.complaintledger.proof.verifier.FixtureVerdicts.fails;
import static org.complaintledger.proof.verifier.FixtureVerdicts.failures;
import static org.complaintledger.proof.verifier.FixtureVerdicts.leafOf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.MerkleTree;
import org.complaintledger.proof.bundle.BundledEvent;
import org.complaintledger.proof.bundle.BundledLeaf;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.EarlierCheckpoint;
import org.complaintledger.proof.bundle.Fixture;
import org.complaintledger.proof.bundle.TestLedger;
import org.junit.jupiter.api.Test;

/**
 * A bundle against an earlier bundle of the same complaint (--since), and a ledger whose history was cut short or
 * rewritten and signed again: what a single bundle cannot show, an earlier one does.
 */
class SinceVerifierTest {

    /** The ledger's tail cut off and the shorter tree signed again: the earlier, larger checkpoint shows it. */
    @Test
    void aTruncatedTreeIsNamed() {
        CaseBundle truncated = truncatedTo(17);
        assertThat(truncated.events()).hasSize(7);
        fails(truncated, "earlier " + CHECKPOINT + " has a larger tree than checkpoint 2026-12-01T10:00:00Z (tree size 17):"
                + " the ledger's history shrank");
        Verdict since = VERIFIER.verify(Tamper.earlier(truncated, e -> List.of()), BUNDLE);
        assertThat(since.failures()).containsExactly("the earlier bundle's " + CHECKPOINT + " has a larger tree than this"
                + " bundle's checkpoint 2026-12-01T10:00:00Z (tree size 17): the ledger's history shrank",
                "event c-A-event-7 (sequence 7, ComplaintClosed) of the earlier bundle is missing from this bundle");
    }

    private static CaseBundle truncatedTo(long size) {
        TestLedger ledger = FIXTURE.ledger();
        Checkpoint shorter = Checkpoint.sign(size, MerkleTree.root(ledger.subtrees(), size),
                Instant.parse("2026-12-01T10:00:00Z"), KEY.getPrivate(), KEY.getPublic());
        CaseBundle bundle = ledger.bundle(A, shorter, List.of(FIXTURE.first()), BUNDLE.documents());
        return Tamper.earlier(bundle, earlier -> {
            earlier.add(new EarlierCheckpoint(BUNDLE.checkpoint(), List.of()));
            return earlier;
        });
    }

    @Test
    void sinceAGenuineEarlierBundle() {
        assertThat(VERIFIER.verify(BUNDLE, FIXTURE.earlier()).failures()).isEmpty();
        assertThat(VERIFIER.verify(BUNDLE, BUNDLE).failures()).isEmpty();
        assertThat(VERIFIER.verify(FIXTURE.earlier(), FIXTURE.earlier()).failures()).isEmpty();
    }

    /** History rewritten and every checkpoint signed again with the landlord's own key: alone it verifies. */
    @Test
    void sinceARewrittenHistory() {
        Fixture rewritten = Fixture.make(new TestLedger(KEY, event -> event.eventIdentifier().equals("c-A-event-2")
                ? Tamper.event(BundledEvent.of(event, 0, new byte[32], new byte[32]),
                        f -> f.payload = "{\"note\":\"changed\"}".getBytes(StandardCharsets.UTF_8)).event()
                : event));
        assertThat(VERIFIER.verify(rewritten.bundle()).failures()).as("a consistent forgery by the key holder").isEmpty();
        Verdict since = VERIFIER.verify(rewritten.bundle(), FIXTURE.earlier());
        assertThat(since.failures()).containsExactly(
                "the earlier bundle's " + FIRST + " has a different root hash from this bundle's earlier checkpoint of"
                        + " that tree size: the ledger's history changed",
                "event c-A-event-2 (sequence 2, NoteAdded) of the earlier bundle (hash "
                        + Describe.hex(FIXTURE.earlier().events().get(2).eventHash()) + ") differs in this bundle:"
                        + " sequence 2 is now event c-A-event-2 (sequence 2, NoteAdded) (hash "
                        + Describe.hex(rewritten.bundle().events().get(2).eventHash()) + ")");
        Verdict withoutEarlier = VERIFIER.verify(Tamper.earlier(rewritten.bundle(), e -> List.of()), FIXTURE.earlier());
        assertThat(withoutEarlier.failures()).contains("the earlier bundle's " + FIRST + " is not among this bundle's"
                + " earlier checkpoints: nothing proves this bundle's " + CHECKPOINT + " extends it");
        // The forger lists the genuine earlier checkpoint: no consistency proof from it holds.
        Verdict withGenuine = VERIFIER.verify(Tamper.earlier(rewritten.bundle(), e -> List.of(
                new EarlierCheckpoint(FIXTURE.first(), rewritten.bundle().earlierCheckpoints().get(1).consistencyPath()))),
                FIXTURE.earlier());
        assertThat(withGenuine.failures()).contains("the consistency proof from the earlier bundle's " + FIRST + " to this"
                + " bundle's " + CHECKPOINT + " does not hold: nothing proves the ledger's history up to the earlier"
                + " bundle is unchanged");
        Verdict sameSize = VERIFIER.verify(rewritten.bundle(), BUNDLE);
        assertThat(sameSize.failures()).contains("the earlier bundle's " + CHECKPOINT + " and this bundle's " + CHECKPOINT
                + " are of the same tree size with different root hashes: the ledger's history changed");
    }

    /** A bundle that leaves out a complaint's last events proves what it holds; an earlier bundle shows the gap. */
    @Test
    void sinceABundleThatLeavesOutTheLastEvent() {
        CaseBundle shorter = Tamper.leaves(Tamper.events(BUNDLE, events -> events.subList(0, 7)), leaves -> {
            leaves.removeIf(l -> l.eventIdentifier().equals("c-A-event-7"));
            return leaves;
        });
        assertThat(VERIFIER.verify(shorter).verified()).isTrue();
        assertThat(VERIFIER.verify(shorter, BUNDLE).failures()).containsExactly(
                "event c-A-event-7 (sequence 7, ComplaintClosed) of the earlier bundle is missing from this bundle");
    }

    @Test
    void sinceAnEarlierBundleOfAnotherComplaintOrThatFails() {
        CaseBundle ofB = FIXTURE.ledger().bundle(B, FIXTURE.first(), List.of(), List.of());
        assertThat(VERIFIER.verify(BUNDLE, ofB).failures())
                .containsExactly("the earlier bundle is of complaint c-B, not of complaint c-A");
        CaseBundle badEarlier = Tamper.event(FIXTURE.earlier(), 1, f -> f.recordedAt = "2020-01-01T00:00:00Z");
        assertThat(VERIFIER.verify(BUNDLE, badEarlier).failures()).anySatisfy(line -> assertThat(line)
                .startsWith("earlier bundle: event c-A-event-1 (sequence 1, NoteAdded): its stored fields and payload"));
    }

    @Test
    void sinceAnEventThatMovedToAnotherLeaf() {
        BundledLeaf l = leafOf(BUNDLE, "c-A-event-1");
        CaseBundle moved = Tamper.leaves(BUNDLE, leaves -> {
            leaves.set(leaves.indexOf(l), new BundledLeaf(l.leafIndex() + 7, l.eventIdentifier(), l.globalIndex(),
                    l.auditPath()));
            return leaves;
        });
        assertThat(VERIFIER.verify(moved, FIXTURE.earlier()).failures()).contains("event c-A-event-1 (sequence 1,"
                + " NoteAdded) of the earlier bundle was leaf " + l.leafIndex() + " (global index " + l.globalIndex()
                + ") and is now leaf " + (l.leafIndex() + 7) + " (global index " + l.globalIndex() + ")");
    }
}
