package org.complaintledger.proof.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.proof.bundle.Fixture.A;
import static org.complaintledger.proof.bundle.Fixture.B;
import static org.complaintledger.proof.verifier.FixtureVerdicts.BUNDLE;
import static org.complaintledger.proof.verifier.FixtureVerdicts.CHECKPOINT;
import static org.complaintledger.proof.verifier.FixtureVerdicts.FIXTURE;
import static org.complaintledger.proof.verifier.FixtureVerdicts.fails;
import static org.complaintledger.proof.verifier.FixtureVerdicts.failures;
import static org.complaintledger.proof.verifier.FixtureVerdicts.leafOf;
import static org.complaintledger.proof.verifier.FixtureVerdicts.viaArchive;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.bundle.BundledDocument;
import org.complaintledger.proof.bundle.BundledEvent;
import org.complaintledger.proof.bundle.BundledLeaf;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.Fixture;
import org.complaintledger.proof.bundle.Zips;
import org.junit.jupiter.api.Test;

/**
 * Each way a bundle's events can be altered (their fields, payload, hash, sequence, order, complaint, the documents
 * they name, or all of them gone) fails, and the failure names the event and why, in lines the bundle cannot forge.
 */
class AlteredEventsTest {

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
