package org.complaintledger.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.complaintledger.selfcheck.Failure.Concerns;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The table of issue 10's tamperings and what finds them: for each {@link Tampering}, what the self-check names
 * first (an event, its chain row or a checkpoint: the very event tampered with, or the checkpoint that remembers the
 * removed tail) and the words of its reason. One row per tampering; a column per detector.
 */
final class TamperingsFound {

    private TamperingsFound() {
    }

    /**
     * The self-check found the tampering and named it first: what it concerns, the event tampered with (with its
     * record and place in the event stream) or the checkpoint, and why.
     */
    static void assertNamed(LedgerVerification.Verified verified, Tampering.Tampered tampered, Concerns concerns,
                            String reason) {
        assertThat(verified.passed()).as(tampered.description()).isFalse();
        Failure first = verified.failures().getFirst();
        assertThat(first.concerns()).as(first.toString()).isEqualTo(concerns);
        assertThat(first.reason()).as(first.toString()).contains(reason);
        if (tampered.eventIdentifier() != null) {
            assertThat(first.eventIdentifier()).as(first.toString()).isEqualTo(tampered.eventIdentifier());
            assertThat(first.aggregateIdentifier()).as(first.toString()).isNotNull();
            assertThat(first.globalIndex()).as(first.toString()).isNotNull();
        } else {
            assertThat(first.checkpointId()).as(first.toString()).isEqualTo(tampered.checkpointId());
        }
        assertThat(verified.failureCount()).isEqualTo(verified.failures().size());
    }

    /** Tampering, what the self-check's first failure concerns, what its reason says. */
    static Stream<Arguments> table() {
        return Stream.of(
                arguments(Tampering.PAYLOAD_BYTE, Concerns.EVENT, "the event was changed after it was appended"),
                arguments(Tampering.TIME_STAMP, Concerns.EVENT, "the event was changed after it was appended"),
                arguments(Tampering.PAYLOAD_TYPE, Concerns.EVENT, "the event was changed after it was appended"),
                arguments(Tampering.SEQUENCE_NUMBER, Concerns.EVENT, "its row in event_chain is for"),
                arguments(Tampering.DELETED_EVENT, Concerns.CHAIN, "its event is no longer stored"),
                arguments(Tampering.DELETED_EVENT_WITH_ITS_CHAIN_ROW, Concerns.LEAF, "no event is stored there any more"),
                arguments(Tampering.FORGED_EVENT, Concerns.EVENT, "it has no row in event_chain"),
                arguments(Tampering.FORGED_EVENT_WITH_CHAIN_ROW, Concerns.EVENT, "its seal does not hold"),
                arguments(Tampering.FORGED_EVENT_INTO_THE_PAST, Concerns.EVENT,
                        "it is not a leaf, though the admitter has passed its global index"),
                arguments(Tampering.REORDERED, Concerns.EVENT, "events were moved in the event stream"),
                arguments(Tampering.SWAPPED_BETWEEN_COMPLAINTS, Concerns.EVENT, "its row in event_chain is for"),
                arguments(Tampering.TRUNCATED_TAIL, Concerns.CHECKPOINT, "a truncated tail"));
    }
}
