package org.complaintledger.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontierTest {

    private static final int LEAVES = 100;

    private static byte[] leaf(int i) {
        return MerkleTree.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8));
    }

    private static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(leaf(i));
        }
        return leaves;
    }

    private static List<String> described(List<Frontier.Completed> completed) {
        return completed.stream().map(c -> c.level() + "/" + c.index() + "/" + HexFormat.of().formatHex(c.hash())).toList();
    }

    @Test
    void theRootIsTheTreesRootAtEverySize() {
        Frontier frontier = Frontier.empty();
        assertThat(frontier.root()).isEqualTo(MerkleTree.emptyRoot());
        for (int n = 1; n <= LEAVES; n++) {
            frontier.append(leaf(n - 1));
            assertThat(frontier.size()).isEqualTo(n);
            assertThat(frontier.root()).as("root at %d", n).isEqualTo(MerkleTree.root(new InMemorySubtrees(leaves(n)), n));
        }
    }

    @Test
    void everyPerfectSubtreeIsHandedOverOnceWhenItCompletes() {
        Frontier frontier = Frontier.empty();
        InMemorySubtrees all = new InMemorySubtrees(leaves(LEAVES));
        Map<String, byte[]> handed = new HashMap<>();
        for (int n = 0; n < LEAVES; n++) {
            List<Frontier.Completed> completed = frontier.append(leaf(n));
            assertThat(completed.getFirst().level()).isZero();
            assertThat(completed.getFirst().index()).isEqualTo(n);
            for (int i = 0; i < completed.size(); i++) {
                Frontier.Completed subtree = completed.get(i);
                assertThat(subtree.level()).isEqualTo(i);
                long width = 1L << subtree.level();
                assertThat((subtree.index() + 1) * width).as("the subtree ends at the appended leaf").isEqualTo(n + 1);
                assertThat(subtree.hash()).isEqualTo(
                        MerkleTree.rangeHash(all, subtree.index() * width, (subtree.index() + 1) * width));
                assertThat(handed.put(subtree.level() + "/" + subtree.index(), subtree.hash())).isNull();
            }
        }
        int perfect = 0;
        for (int level = 0; (1 << level) <= LEAVES; level++) {
            perfect += LEAVES >> level;
        }
        assertThat(handed).hasSize(perfect);
    }

    @Test
    void aFrontierReadFromStoredSubtreesResumes() {
        Map<String, byte[]> store = new HashMap<>();
        MerkleTree.Subtrees stored = (level, index) -> {
            byte[] hash = store.get(level + "/" + index);
            if (hash == null) {
                throw new AssertionError("no stored subtree " + level + "/" + index);
            }
            return hash;
        };
        Frontier straight = Frontier.empty();
        List<List<Frontier.Completed>> straightRun = new ArrayList<>();
        for (int n = 0; n < LEAVES; n++) {
            List<Frontier.Completed> completed = straight.append(leaf(n));
            straightRun.add(completed);
            completed.forEach(c -> store.put(c.level() + "/" + c.index(), c.hash()));
        }
        for (int size = 0; size <= 40; size++) {
            Frontier resumed = Frontier.of(stored, size);
            assertThat(resumed.size()).isEqualTo(size);
            assertThat(resumed.root()).as("resumed at %d", size).isEqualTo(
                    size == 0 ? MerkleTree.emptyRoot() : MerkleTree.root(stored, size));
            for (int n = size; n < LEAVES; n++) {
                List<Frontier.Completed> completed = resumed.append(leaf(n));
                assertThat(described(completed)).as("resumed at %d, appending %d", size, n)
                        .isEqualTo(described(straightRun.get(n)));
            }
            assertThat(resumed.root()).isEqualTo(straight.root());
        }
    }
}
