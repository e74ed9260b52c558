package org.complaintledger.ledgertree;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.complaintledger.ledgertree.ChainedInserts.Written;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.MerkleTree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Checkpoints are signed over the stored tree and verify with the ledger's key; successive checkpoints are consistent
 * (RFC 9162 2.1.4), every event of a record is included in the checkpoint that covers it (2.1.3), and nothing new is
 * signed while the tree has not grown.
 */
@LedgerTreeTest
class LedgerCheckpointsTest extends AdmittedLedger {

    @Autowired
    LedgerCheckpoints checkpoints;

    @Autowired
    LedgerSigningKeys keys;

    @Test
    void successiveCheckpointsVerifyAndAreConsistent() throws SQLException {
        List<Checkpoint> signed = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            appendRecord(round + 1);
            LedgerCheckpoints.Signed checkpoint = checkpoints.signNow().orElseThrow();
            assertThat(checkpoint.isNew()).isTrue();
            signed.add(checkpoint.checkpoint());
        }

        for (Checkpoint checkpoint : signed) {
            assertThat(checkpoint.signedBy(keys.currentPublicKey())).as(checkpoint.toString()).isTrue();
            assertThat(checkpoint.keyId()).isEqualTo(keys.currentKeyId());
            assertThat(checkpoint.rootHash()).isEqualTo(tree.rootFromScratch(checkpoint.treeSize()));
            assertThat(checkpoints.ofSize(checkpoint.treeSize())).contains(checkpoint);
        }
        for (int i = 1; i < signed.size(); i++) {
            Checkpoint earlier = signed.get(i - 1);
            Checkpoint later = signed.get(i);
            assertThat(later.treeSize()).isGreaterThan(earlier.treeSize());
            List<byte[]> proof = proofs.consistency(earlier.treeSize(), later.treeSize());
            assertThat(MerkleTree.verifyConsistency(earlier.treeSize(), later.treeSize(), earlier.rootHash(),
                    later.rootHash(), proof)).as("consistency " + earlier + " -> " + later).isTrue();
        }
        Checkpoint first = signed.getFirst();
        Checkpoint last = signed.getLast();
        assertThat(MerkleTree.verifyConsistency(first.treeSize(), last.treeSize(), first.rootHash(), last.rootHash(),
                proofs.consistency(first.treeSize(), last.treeSize()))).isTrue();
        assertThat(checkpoints.latest()).contains(last);
        assertThat(checkpoints.page(0, 2).checkpoints()).containsExactly(last, signed.get(signed.size() - 2));
    }

    @Test
    void nothingNewIsSignedWhileTheTreeHasNotGrown() throws SQLException {
        appendRecord(2);
        Checkpoint signed = checkpoints.signNow().orElseThrow().checkpoint();

        LedgerCheckpoints.Signed again = checkpoints.signNow().orElseThrow();

        assertThat(again.isNew()).isFalse();
        assertThat(again.checkpoint()).isEqualTo(signed);
    }

    @Test
    void theCheckpointCoveringARecordIncludesEachOfItsEvents() throws SQLException {
        List<Written> record = appendRecord(7);
        String aggregate = record.getFirst().aggregateIdentifier();

        Checkpoint covering = checkpoints.checkpointCovering(aggregate).orElseThrow();

        List<LedgerProofs.Leaf> leaves = proofs.leavesOf(aggregate);
        assertThat(leaves).extracting(LedgerProofs.Leaf::eventIdentifier)
                .containsExactlyElementsOf(record.stream().map(Written::eventIdentifier).toList());
        assertThat(leaves.getLast().leafIndex()).isLessThan(covering.treeSize());
        List<LedgerProofs.Inclusion> inclusions = proofs.inclusions(leaves, covering.treeSize());
        for (int i = 0; i < record.size(); i++) {
            Written event = record.get(i);
            LedgerProofs.Inclusion inclusion = inclusions.get(i);
            assertThat(inclusion.leafHash()).isEqualTo(MerkleTree.leafHash(
                    MerkleTree.leafData(event.eventHash(), event.globalIndex())));
            assertThat(inclusion.leadsTo(covering.rootHash())).as("inclusion of event " + i).isTrue();
            assertThat(MerkleTree.verifyInclusion(inclusion.leaf().leafIndex(), covering.treeSize(),
                    inclusion.leafHash(), inclusion.path(), proofs.root(covering.treeSize()))).isTrue();
        }
        assertThat(checkpoints.checkpointCovering(aggregate)).as("already covered: the same checkpoint")
                .contains(covering);
        assertThat(checkpoints.checkpointCovering("no-such-record-" + UUID.randomUUID())).isEmpty();
    }

    private List<Written> appendRecord(int events) throws SQLException {
        String aggregate = "checkpointed-" + UUID.randomUUID();
        return ChainedInserts.committed(dataSource, connection -> {
            List<Written> written = new ArrayList<>();
            Written previous = null;
            for (int sequence = 0; sequence < events; sequence++) {
                previous = inserts.append(connection, aggregate, sequence, previous);
                written.add(previous);
            }
            return written;
        });
    }
}
