package org.complaintledger.selfcheck;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.MerkleTree;
import org.complaintledger.proof.StoredEvent;
import org.complaintledger.provenance.AppendSeals;

/**
 * Everything the self-check can tell from one event's row alone (docs/proofs.md, sections 1 and 2): its hash
 * recomputed from the row as stored and its stored previous hash is the one in {@code event_chain}, and that row is
 * for the same record and place; the leaf at its global_index is its own, with the leaf hash its recomputed hash gives;
 * an event the admitter has passed is a leaf; and the seal of an event not admitted yet holds. One instance per
 * hashing thread: it keeps that thread's digest.
 */
final class EventCheck {

    private static final HexFormat HEX = HexFormat.of();

    private final AppendSeals seals;
    private final AdmissionState admission;
    private final MessageDigest digest = EventHash.sha256();

    EventCheck(AppendSeals seals, AdmissionState admission) {
        this.seals = seals;
        this.admission = admission;
    }

    /** Why the event fails, reasons joined; null when it holds. */
    String reasons(EventRow row) {
        List<String> reasons = null;
        StoredEvent event = row.event();
        EventRow.Chain chain = row.chain();
        byte[] recomputed = null;
        if (chain == null) {
            reasons = add(reasons, "it has no row in event_chain: no chained hash and no seal");
        } else {
            if (chain.forAnotherPlace()) {
                reasons = add(reasons, "its row in event_chain is for " + chain.otherAggregate() + " #"
                        + chain.otherSequence() + ", but the event is " + event.aggregateIdentifier() + " #"
                        + event.sequenceNumber());
            }
            if (chain.previousHash().length != EventHash.BYTES) {
                reasons = add(reasons, "its previous hash in event_chain is not 32 bytes");
            } else {
                recomputed = EventHash.of(event, chain.previousHash(), digest);
                if (!MessageDigest.isEqual(recomputed, chain.eventHash())) {
                    reasons = add(reasons, "its hash recomputed from the event as stored is "
                            + HEX.formatHex(recomputed) + ", but event_chain holds " + HEX.formatHex(chain.eventHash())
                            + ": the event was changed after it was appended");
                }
            }
        }
        EventRow.Leaf leaf = row.leaf();
        if (leaf != null) {
            reasons = leaf(row, leaf, recomputed, reasons);
        } else {
            reasons = notALeaf(row, recomputed, reasons);
        }
        return reasons == null ? null : String.join("; ", reasons);
    }

    private List<String> leaf(EventRow row, EventRow.Leaf leaf, byte[] recomputed, List<String> reasons) {
        if (leaf.otherEvent() != null) {
            return add(reasons, "leaf " + leaf.leafIndex() + " is at its global index " + row.globalIndex()
                    + " but is of event " + leaf.otherEvent() + ": events were moved in the event stream");
        }
        if (leaf.otherAggregate() != null) {
            reasons = add(reasons, "its leaf " + leaf.leafIndex() + " is of record " + leaf.otherAggregate()
                    + ", but the event is of " + row.event().aggregateIdentifier());
        }
        if (leaf.storedHash() == null) {
            return add(reasons, "its leaf " + leaf.leafIndex() + " has no hash in ledger_subtree");
        }
        if (recomputed != null) {
            byte[] leafHash = MerkleTree.leafHash(MerkleTree.leafData(recomputed, row.globalIndex()), digest);
            if (!MessageDigest.isEqual(leafHash, leaf.storedHash())) {
                reasons = add(reasons, "its leaf " + leaf.leafIndex() + " has the hash " + HEX.formatHex(leaf.storedHash())
                        + ", but the event's recomputed hash at global index " + row.globalIndex() + " gives "
                        + HEX.formatHex(leafHash));
            }
        }
        return reasons;
    }

    private List<String> notALeaf(EventRow row, byte[] recomputed, List<String> reasons) {
        AdmissionState.Refusal refusal = admission.takeRefusal(row.globalIndex());
        if (refusal != null) {
            return add(reasons, "the admitter refused it at " + refusal.refusedAt() + ": " + refusal.reason());
        }
        if (!admission.notYetAdmitted(row.globalIndex())) {
            return add(reasons, "it is not a leaf, though the admitter has passed its global index (it has admitted "
                    + "through " + admission.admittedThrough + " and awaits no event there): it was inserted after");
        }
        EventRow.Chain chain = row.chain();
        if (chain != null && recomputed != null && !seals.holds(chain.sealKeyId(), recomputed, chain.seal())) {
            reasons = add(reasons, "its seal does not hold under key '" + chain.sealKeyId()
                    + "' (a key that is not configured, or an event the ledger did not append)");
        }
        return reasons;
    }

    private static List<String> add(List<String> reasons, String reason) {
        List<String> list = reasons == null ? new ArrayList<>(2) : reasons;
        list.add(reason);
        return list;
    }
}
