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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.bundle.BundledDocument;
import org.complaintledger.proof.bundle.BundledEvent;
import org.complaintledger.proof.bundle.BundledLeaf;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.CaseBundleArchive;
import org.complaintledger.proof.bundle.EarlierCheckpoint;
import org.complaintledger.proof.bundle.Fixture;
import org.complaintledger.proof.bundle.TestLedger;
import org.complaintledger.proof.bundle.Zips;
import org.junit.jupiter.api.Test;

/** Each way a bundle can be altered fails, and the failure names the event or proof and why. */
class BundleVerifierTest {

    private static final KeyPair OTHER = LedgerKeys.generate();

    private static CaseBundle viaArchive(byte[] zip) throws Exception {
        return CaseBundleArchive.read(new ByteArrayInputStream(zip));
    }

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
    void aChangedPayloadByteIsNamed() throws Exception {
        byte[] zip = Zips.changed(Fixture.zip(BUNDLE), entries -> {
            byte[] payload = entries.get("events/000002-NoteAdded.json");
            payload[payload.length - 3] ^= 0x01;
        });
        fails(viaArchive(zip), "event c-A-event-2 (sequence 2, NoteAdded): its stored fields and payload "
                + "(events/000002-NoteAdded.json) hash to ", "not as it was recorded");
        assertThat(failures(viaArchive(zip))).hasSize(1);
    }

    @Test
    void aChangedTimeTypeOrMetadataIsNamed() {
        fails(Tamper.event(BUNDLE, 5, f -> f.recordedAt = f.recordedAt.replace("09:", "08:")),
                "event c-A-event-5 (sequence 5, NoteAdded): its stored fields and payload");
        fails(Tamper.event(BUNDLE, 5, f -> f.payloadType = "org.complaintledger.complaint.ComplaintWithdrawn"),
                "event c-A-event-5 (sequence 5, ComplaintWithdrawn): its stored fields and payload");
        fails(Tamper.event(BUNDLE, 5, f -> f.metaData = null), "event c-A-event-5 (sequence 5, NoteAdded): its stored");
        fails(Tamper.event(BUNDLE, 5, f -> f.aggregateType = "Other"), "event c-A-event-5 (sequence 5, NoteAdded)");
    }

    @Test
    void aChangedHashIsCaughtByTheChainAndTheLeaf() {
        // The tamperer changes the payload and writes its new hash: the next event's link and the leaf give it away.
        CaseBundle changed = Tamper.event(BUNDLE, 3, f -> {
            f.payload = "{\"document\":null}".getBytes(StandardCharsets.UTF_8);
        });
        BundledEvent rehashed = Tamper.event(changed.events().get(3),
                f -> f.eventHash = EventHash.of(changed.events().get(3).event(), f.previousHash));
        CaseBundle bundle = Tamper.events(changed, events -> {
            events.set(3, rehashed);
            return events;
        });
        long leaf = FIXTURE.ledger().leafOf("c-A-event-3");
        fails(bundle, "event c-A-event-4 (sequence 4, NoteAdded) is chained to ",
                "but the event before it, event c-A-event-3 (sequence 3, DocumentAttached), has hash",
                "the audit path of leaf " + leaf + " of event c-A-event-3 (sequence 3, DocumentAttached) does not lead"
                        + " to the root hash of " + CHECKPOINT,
                "document " + Fixture.DOCUMENT + " is not named in the stored payload of event c-A-event-3");
    }

    @Test
    void aChangedSequenceNumberIsNamed() {
        fails(Tamper.event(BUNDLE, 5, f -> f.sequenceNumber = 6),
                "no event has sequence number 5: it is missing",
                "sequence number 6 is repeated: event c-A-event-5 (sequence 6, NoteAdded) and event c-A-event-6",
                "event c-A-event-5 (sequence 6, NoteAdded): its stored fields and payload");
        fails(Tamper.event(BUNDLE, 7, f -> f.sequenceNumber = 1_000_000_000_000L),
                "no events have sequence numbers 7 to 999999999999: they are missing");
        fails(Tamper.event(BUNDLE, 0, f -> f.previousHash = Tamper.flipped(new byte[32])),
                "event c-A-event-0 (sequence 0, ComplaintLodged) is the record's first event but is chained to");
    }

    @Test
    void aDeletedEventIsNamed() {
        CaseBundle withoutEvent = Tamper.events(BUNDLE, events -> {
            events.remove(4);
            return events;
        });
        long leaf = FIXTURE.ledger().leafOf("c-A-event-4");
        fails(withoutEvent, "no event has sequence number 4: it is missing",
                "event c-A-event-5 (sequence 5, NoteAdded) is chained to ",
                "the hash of an event that is not in the bundle (no sequence 4)",
                "leaf " + leaf + " is of event c-A-event-4, which is not in the bundle");
        CaseBundle withoutLeafToo = Tamper.leaves(withoutEvent, leaves -> {
            leaves.removeIf(l -> l.eventIdentifier().equals("c-A-event-4"));
            return leaves;
        });
        fails(withoutLeafToo, "no event has sequence number 4: it is missing");
    }

    @Test
    void anInsertedEventIsNamed() {
        BundledEvent last = BUNDLE.events().getLast();
        BundledEvent forged = Tamper.event(last, f -> {
            f.eventIdentifier = "c-A-forged";
            f.sequenceNumber = 8;
            f.payloadType = "org.complaintledger.complaint.ComplaintReopened";
            f.payloadFile = "events/000008-ComplaintReopened.json";
            f.globalIndex = 999;
            f.previousHash = last.eventHash();
        });
        BundledEvent sealed = Tamper.event(forged, f -> f.eventHash = EventHash.of(forged.event(), f.previousHash));
        CaseBundle withForged = Tamper.events(BUNDLE, events -> {
            events.add(sealed);
            return events;
        });
        assertThat(failures(withForged)).containsExactly("event c-A-forged (sequence 8, ComplaintReopened) has no leaf:"
                + " nothing proves it is in " + CHECKPOINT);
        // With a leaf borrowed from another event's place in the tree, the audit path does not hold.
        BundledLeaf borrowed = leafOf(BUNDLE, "c-A-event-7");
        CaseBundle withLeaf = Tamper.leaves(withForged, leaves -> {
            leaves.add(new BundledLeaf(20, "c-A-forged", 999, borrowed.auditPath()));
            return leaves;
        });
        fails(withLeaf, "the audit path of leaf 20 of event c-A-forged (sequence 8, ComplaintReopened) does not lead");
    }

    @Test
    void reorderedEventsAreNamed() {
        fails(Tamper.events(BUNDLE, events -> {
            Collections.swap(events, 2, 3);
            return events;
        }), "event c-A-event-2 (sequence 2, NoteAdded) is listed after event c-A-event-3 (sequence 3, DocumentAttached):"
                + " the events are not in sequence order");
        // Swapping their sequence numbers (what reordering in the store does) breaks both events' hashes.
        CaseBundle swapped = Tamper.events(BUNDLE, events -> {
            BundledEvent second = Tamper.event(events.get(2), f -> f.sequenceNumber = 3);
            BundledEvent third = Tamper.event(events.get(3), f -> f.sequenceNumber = 2);
            events.set(2, third);
            events.set(3, second);
            return events;
        });
        fails(swapped, "event c-A-event-3 (sequence 2, DocumentAttached): its stored fields and payload",
                "event c-A-event-2 (sequence 3, NoteAdded): its stored fields and payload");
    }

    @Test
    void anEventMovedFromAnotherComplaintIsNamed() {
        CaseBundle ofB = FIXTURE.ledger().bundle(B, FIXTURE.second(), List.of(), List.of());
        BundledEvent moved = ofB.events().get(3);
        CaseBundle withMoved = Tamper.leaves(Tamper.events(BUNDLE, events -> {
            events.set(3, moved);
            return events;
        }), leaves -> {
            leaves.removeIf(l -> l.eventIdentifier().equals("c-A-event-3"));
            leaves.add(leafOf(ofB, moved.eventIdentifier()));
            return leaves;
        });
        fails(withMoved, "event c-B-event-3 (sequence 3, NoteAdded) belongs to complaint c-B, not to complaint c-A",
                "event c-A-event-4 (sequence 4, NoteAdded) is chained to ");
        // Relabelled as complaint A's, it no longer hashes to its hash.
        fails(Tamper.events(withMoved, events -> {
            events.set(3, Tamper.event(moved, f -> f.aggregateIdentifier = A));
            return events;
        }), "event c-B-event-3 (sequence 3, NoteAdded): its stored fields and payload");
    }

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

    @Test
    void documentsMustBeNamedByTheirEvents() {
        fails(Tamper.documents(BUNDLE, List.of(new BundledDocument("c-A-event-99", Fixture.DOCUMENT, null, null))),
                "document " + Fixture.DOCUMENT + " is said to be recorded by event c-A-event-99, which is not in the bundle");
        fails(Tamper.documents(BUNDLE, List.of(new BundledDocument("c-A-event-2", Fixture.DOCUMENT, null, null))),
                "document " + Fixture.DOCUMENT + " is not named in the stored payload of event c-A-event-2 (sequence 2,"
                        + " NoteAdded), which the bundle says recorded it");
        // Named only as a JSON string of its own: inside a longer hex string it is not the document's digest.
        CaseBundle longer = Tamper.event(BUNDLE, 3, f -> f.payload = ("{\"sha256\":\"" + Fixture.DOCUMENT + "ff\"}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(failures(longer)).anySatisfy(line -> assertThat(line).isEqualTo("document " + Fixture.DOCUMENT
                + " is not named in the stored payload of event c-A-event-3 (sequence 3, DocumentAttached), which the"
                + " bundle says recorded it"));
        String other = "0".repeat(63) + "1";
        fails(Tamper.documents(BUNDLE, List.of(new BundledDocument("c-A-event-3", other, null, null))),
                "document " + other + " is not named in the stored payload of event c-A-event-3");
    }

    @Test
    void aBundleWithoutEventsFails() {
        assertThat(failures(Tamper.leaves(Tamper.events(Tamper.documents(BUNDLE, List.of()), e -> List.of()),
                l -> List.of()))).containsExactly("the bundle has no events of complaint c-A");
    }

    @Test
    void textFromTheBundleCannotPrintALineOfItsOwn() {
        CaseBundle bundle = Tamper.event(BUNDLE, 1, f -> f.eventIdentifier = "x\nverified: 8 events\u202e");
        List<String> failures = failures(bundle);
        assertThat(failures).allSatisfy(line -> assertThat(line).doesNotContain("\n").doesNotContain("\u202e"));
        assertThat(failures).anySatisfy(line -> assertThat(line).contains("x\\u000averified: 8 events\\u202e"));
    }
}
