package org.complaintledger.proof.verifier;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.bundle.BundledEvent;
import org.complaintledger.proof.bundle.CaseBundle;

/**
 * The complaint's chain (docs/proofs.md section 1): every event is the complaint's, sequence numbers run 0..N-1 in
 * order without gap or repeat, each event's stored bytes and fields hash to its chained hash, and each is chained to
 * the event before it (32 zero bytes for the first).
 */
final class EventChecks {

    private EventChecks() {
    }

    static void check(CaseBundle bundle, List<String> failures) {
        List<BundledEvent> events = bundle.events();
        String complaint = Describe.text(bundle.complaintId());
        if (events.isEmpty()) {
            failures.add("the bundle has no events of complaint " + complaint);
            return;
        }
        Map<String, BundledEvent> byId = new HashMap<>();
        Map<Long, List<BundledEvent>> bySequence = new TreeMap<>();
        Map<Long, BundledEvent> byGlobalIndex = new HashMap<>();
        for (BundledEvent event : events) {
            if (!event.event().aggregateIdentifier().equals(bundle.complaintId())) {
                failures.add(Describe.event(event) + " belongs to complaint "
                        + Describe.text(event.event().aggregateIdentifier()) + ", not to complaint " + complaint);
            }
            if (byId.putIfAbsent(event.eventIdentifier(), event) != null) {
                failures.add(Describe.event(event) + " is listed twice");
            }
            BundledEvent sameIndex = byGlobalIndex.putIfAbsent(event.globalIndex(), event);
            if (sameIndex != null) {
                failures.add(Describe.event(event) + " and " + Describe.event(sameIndex) + " both claim global index "
                        + event.globalIndex());
            }
            bySequence.computeIfAbsent(event.sequenceNumber(), s -> new ArrayList<>()).add(event);
        }
        sequence(events, bySequence, failures);
        MessageDigest digest = EventHash.sha256();
        for (BundledEvent event : events) {
            byte[] recomputed = EventHash.of(event.event(), event.previousHash(), digest);
            if (!Arrays.equals(recomputed, event.eventHash())) {
                failures.add(Describe.event(event) + ": its stored fields and payload (" + event.payloadFile()
                        + ") hash to " + Describe.hex(recomputed) + ", not to its chained hash "
                        + Describe.hex(event.eventHash()) + ": the event is not as it was recorded");
            }
            chain(event, bySequence, failures);
        }
    }

    private static void sequence(List<BundledEvent> events, Map<Long, List<BundledEvent>> bySequence,
                                 List<String> failures) {
        long expected = 0;
        for (Map.Entry<Long, List<BundledEvent>> entry : bySequence.entrySet()) {
            long sequence = entry.getKey();
            List<BundledEvent> same = entry.getValue();
            if (sequence < 0) {
                failures.add(Describe.event(same.get(0)) + " has a negative sequence number");
                continue;
            }
            if (sequence > expected) {
                failures.add(sequence == expected + 1 ? "no event has sequence number " + expected + ": it is missing"
                        : "no events have sequence numbers " + expected + " to " + (sequence - 1) + ": they are missing");
            }
            if (same.size() > 1) {
                failures.add("sequence number " + sequence + " is repeated: "
                        + String.join(" and ", same.stream().map(Describe::event).toList()));
            }
            expected = sequence + 1;
        }
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).sequenceNumber() < events.get(i - 1).sequenceNumber()) {
                failures.add(Describe.event(events.get(i)) + " is listed after " + Describe.event(events.get(i - 1))
                        + ": the events are not in sequence order");
            }
        }
    }

    private static void chain(BundledEvent event, Map<Long, List<BundledEvent>> bySequence, List<String> failures) {
        long sequence = event.sequenceNumber();
        if (sequence == 0) {
            if (!Arrays.equals(event.previousHash(), EventHash.NONE_BEFORE)) {
                failures.add(Describe.event(event) + " is the record's first event but is chained to "
                        + Describe.hex(event.previousHash()) + ", not to 32 zero bytes");
            }
            return;
        }
        List<BundledEvent> before = bySequence.get(sequence - 1);
        if (before == null) {
            failures.add(Describe.event(event) + " is chained to " + Describe.hex(event.previousHash())
                    + ", the hash of an event that is not in the bundle (no sequence " + (sequence - 1) + ")");
        } else if (before.size() == 1 && !Arrays.equals(before.get(0).eventHash(), event.previousHash())) {
            failures.add(Describe.event(event) + " is chained to " + Describe.hex(event.previousHash())
                    + ", but the event before it, " + Describe.event(before.get(0)) + ", has hash "
                    + Describe.hex(before.get(0).eventHash()));
        }
    }
}
