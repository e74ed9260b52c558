package org.complaintledger.ledgertree;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.complaintledger.ledgertree.ChainedInserts.Written;
import org.complaintledger.proof.EventHash;
import org.junit.jupiter.api.Test;

/**
 * An event whose hash, chain or seal does not hold is never a leaf: it is refused, with why, in
 * {@code ledger_refused_event}, and admission goes on past it.
 */
@LedgerTreeTest
class RefusedAdmissionTest extends AdmittedLedger {

    @Test
    void eventsWhoseHashChainOrSealDoesNotHoldAreRefusedAndRecorded() throws SQLException {
        String record = "refusals-" + UUID.randomUUID();
        Written first;
        Written forged;
        Written afterForged;
        Written unchained;
        Written changed;
        Written brokenChain;
        Written notFirst;
        try (Connection connection = dataSource.getConnection()) {
            // One transaction, as an append is: admission never sees an event before its chain row.
            connection.setAutoCommit(false);
            first = inserts.append(connection, record, 0, null);
            forged = inserts.forge(connection, record, 1, first);
            // The record's chain still holds after a refused event: its next event chains to the stored hash.
            afterForged = inserts.append(connection, record, 2, forged);
            unchained = inserts.unchained(connection, "unchained-" + UUID.randomUUID(), 0);
            changed = inserts.changed(connection, "changed-" + UUID.randomUUID(), 0, null);
            String other = "broken-chain-" + UUID.randomUUID();
            Written otherFirst = inserts.append(connection, other, 0, null);
            brokenChain = inserts.chainedTo(connection, other, 1, EventHash.sha256().digest(otherFirst.eventHash()));
            notFirst = inserts.chainedTo(connection, "not-first-" + UUID.randomUUID(), 0, first.eventHash());
            connection.commit();
        }

        admission.admitNow();

        assertThat(tree.isLeaf(first.eventIdentifier())).isTrue();
        assertThat(tree.isLeaf(afterForged.eventIdentifier())).isTrue();
        assertThat(tree.refusal(forged.eventIdentifier())).startsWith("its seal does not hold under key");
        assertThat(tree.refusal(unchained.eventIdentifier())).startsWith("it has no row in event_chain");
        assertThat(tree.refusal(changed.eventIdentifier())).contains("the event was changed after it was appended");
        assertThat(tree.refusal(brokenChain.eventIdentifier()))
                .isEqualTo("its previous hash is not the stored hash of event #0 of its record: the record's chain "
                        + "is broken there");
        assertThat(tree.refusal(notFirst.eventIdentifier()))
                .isEqualTo("it is the first event of its record, but its previous hash is not 32 zero bytes");
        for (Written refused : new Written[] {forged, unchained, changed, brokenChain, notFirst}) {
            assertThat(tree.isLeaf(refused.eventIdentifier())).as(refused.eventIdentifier()).isFalse();
        }
        assertThat(tree.refusal(first.eventIdentifier())).isNull();
        assertThat(tree.passedOver()).isZero();
        assertThat(proofs.root(proofs.treeSize())).isEqualTo(tree.rootFromScratch(proofs.treeSize()));
    }
}
