package org.complaintledger.selfcheck;

import java.util.Comparator;

/**
 * One thing the self-check found that does not hold, and why: the event it concerns (its id, record, place in the
 * record, place in the event stream and leaf in the ledger's tree, each where known) or the checkpoint.
 *
 * @param concerns            what failed: an event, its chain link, a leaf, a stored subtree hash, a checkpoint, or
 *                            what guards the tables
 * @param eventIdentifier     the event's id, where an event is concerned
 * @param aggregateIdentifier its record (a complaint's id)
 * @param sequenceNumber      its place in the record
 * @param globalIndex         its place in the event stream ({@code domain_event_entry.global_index})
 * @param leafIndex           its leaf in the ledger's tree; for a subtree, the subtree's first leaf
 * @param checkpointId        the checkpoint concerned
 * @param reason              why, in words
 */
public record Failure(Concerns concerns, String eventIdentifier, String aggregateIdentifier, Long sequenceNumber,
                      Long globalIndex, Long leafIndex, Long checkpointId, String reason) {

    /** What a failure is about. */
    public enum Concerns {
        /** An event as stored: its hash, its chain row, its leaf, its seal, its admission. */
        EVENT,
        /** A record's chain: a row of {@code event_chain} and its link to the row before it. */
        CHAIN,
        /** A leaf of the ledger's tree, or the tree's leaf count. */
        LEAF,
        /** A stored perfect subtree hash ({@code ledger_subtree}). */
        SUBTREE,
        /** A signed checkpoint. */
        CHECKPOINT,
        /** What guards the tables: an append-only trigger, a unique key. */
        GUARD
    }

    /**
     * The order failures are listed in, first failure first: by place in the event stream, then by leaf, then
     * by checkpoint; what has none of these (a chain row whose event is gone) after.
     */
    static final Comparator<Failure> ORDER = Comparator
            .comparing(Failure::globalIndex, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Failure::leafIndex, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Failure::checkpointId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Failure::concerns)
            .thenComparing(Failure::aggregateIdentifier, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Failure::sequenceNumber, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Failure::reason);

    static Failure leaf(long leafIndex, String reason) {
        return new Failure(Concerns.LEAF, null, null, null, null, leafIndex, null, reason);
    }

    static Failure checkpoint(long checkpointId, String reason) {
        return new Failure(Concerns.CHECKPOINT, null, null, null, null, null, checkpointId, reason);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(concerns.name());
        if (eventIdentifier != null) {
            text.append(" event ").append(eventIdentifier);
        }
        if (aggregateIdentifier != null) {
            text.append(" (").append(aggregateIdentifier);
            if (sequenceNumber != null) {
                text.append(" #").append(sequenceNumber);
            }
            text.append(')');
        }
        if (globalIndex != null) {
            text.append(", global index ").append(globalIndex);
        }
        if (leafIndex != null) {
            text.append(", leaf ").append(leafIndex);
        }
        if (checkpointId != null) {
            text.append(", checkpoint ").append(checkpointId);
        }
        return text.append(": ").append(reason).toString();
    }
}
