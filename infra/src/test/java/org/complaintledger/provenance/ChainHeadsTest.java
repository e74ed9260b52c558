package org.complaintledger.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** The last committed links of the records appended to most recently, and nothing else. */
class ChainHeadsTest {

    private final ChainHeads heads = new ChainHeads(2);

    @Test
    void keepsTheLastCommittedLinkOfEachRecordForExactlyItsSequenceNumber() {
        committed(link("a", 0), link("a", 1));

        assertThat(heads.hashAt("a", 1)).isEqualTo(hash("a", 1));
        assertThat(heads.hashAt("a", 0)).as("only the last").isNull();
        assertThat(heads.hashAt("a", 2)).isNull();
    }

    @Test
    void forgetsTheRecordAppendedToOrReadLeastRecentlyFirst() {
        committed(link("a", 0));
        committed(link("b", 0));
        assertThat(heads.hashAt("a", 0)).isNotNull();

        committed(link("c", 0));

        assertThat(heads.hashAt("b", 0)).isNull();
        assertThat(heads.hashAt("a", 0)).isEqualTo(hash("a", 0));
        assertThat(heads.hashAt("c", 0)).isEqualTo(hash("c", 0));
    }

    @Test
    void keepsNothingUntilCommittedNorOutsideATransaction() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            heads.keepWhenCommitted(List.of(link("a", 0)));
            assertThat(heads.hashAt("a", 0)).as("not yet committed").isNull();
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        heads.keepWhenCommitted(List.of(link("b", 0)));

        assertThat(heads.hashAt("a", 0)).isNull();
        assertThat(heads.hashAt("b", 0)).isNull();
    }

    private void committed(ChainLink... links) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            heads.keepWhenCommitted(List.of(links));
            TransactionSynchronizationUtils.invokeAfterCommit(TransactionSynchronizationManager.getSynchronizations());
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private static ChainLink link(String aggregate, long sequence) {
        return new ChainLink(aggregate + "/" + sequence, aggregate, sequence, new byte[32], hash(aggregate, sequence),
                "kek-1", new byte[32]);
    }

    private static byte[] hash(String aggregate, long sequence) {
        byte[] hash = new byte[32];
        hash[0] = (byte) aggregate.charAt(0);
        hash[1] = (byte) sequence;
        return hash;
    }
}
