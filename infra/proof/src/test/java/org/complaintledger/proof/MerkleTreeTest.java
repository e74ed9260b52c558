package org.complaintledger.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintledger.proof.MerkleTree.leafHash;
import static org.complaintledger.proof.MerkleTree.nodeHash;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final int LARGEST = 70;

    private static List<byte[]> data(int n) {
        return IntStream.range(0, n).mapToObj(i -> ("leaf " + i).getBytes(StandardCharsets.UTF_8)).toList();
    }

    private static List<byte[]> hashes(List<byte[]> data) {
        return data.stream().map(MerkleTree::leafHash).toList();
    }

    private static InMemorySubtrees tree(int n) {
        return new InMemorySubtrees(hashes(data(n)));
    }

    @Test
    void leafAndNodeHashesAreDomainSeparatedSha256() {
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        assertThat(leafHash(a)).isEqualTo(Rfc9162Reference.sha256(new byte[] {0x00, 'a'}));
        byte[] l = new byte[32];
        byte[] r = new byte[32];
        r[31] = 1;
        assertThat(nodeHash(l, r)).isEqualTo(Rfc9162Reference.sha256(Rfc9162Reference.concat(new byte[] {1}, l, r)));
        assertThat(MerkleTree.emptyRoot())
                .isEqualTo(HEX.parseHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        assertThat(MerkleTree.root(tree(0), 0)).isEqualTo(MerkleTree.emptyRoot());
    }

    @Test
    void leafDataIsTheEventHashThenTheGlobalIndexBigEndian() {
        byte[] eventHash = new byte[32];
        eventHash[0] = (byte) 0xAB;
        byte[] data = MerkleTree.leafData(eventHash, 0x0102030405060708L);
        assertThat(HEX.formatHex(data)).isEqualTo("ab" + "00".repeat(31) + "0102030405060708");
    }

    @Test
    void handBuiltTreesOfOneToEightLeaves() {
        List<byte[]> l = hashes(data(8));
        byte[] h01 = nodeHash(l.get(0), l.get(1));
        byte[] h23 = nodeHash(l.get(2), l.get(3));
        byte[] h45 = nodeHash(l.get(4), l.get(5));
        byte[] h67 = nodeHash(l.get(6), l.get(7));
        byte[] h0123 = nodeHash(h01, h23);
        List<byte[]> expected = List.of(
                l.get(0),
                h01,
                nodeHash(h01, l.get(2)),
                h0123,
                nodeHash(h0123, l.get(4)),
                nodeHash(h0123, h45),
                nodeHash(h0123, nodeHash(h45, l.get(6))),
                nodeHash(h0123, nodeHash(h45, h67)));
        for (int n = 1; n <= 8; n++) {
            assertThat(MerkleTree.root(tree(n), n)).as("root of %d leaves", n).isEqualTo(expected.get(n - 1));
            assertThat(Rfc9162Reference.mth(data(n))).as("reference root of %d leaves", n).isEqualTo(expected.get(n - 1));
        }
    }

    /** The reference tree heads of Certificate Transparency's test data (RFC 6962's hashing, unchanged in 9162). */
    @Test
    void matchesTheCertificateTransparencyReferenceRoots() {
        List<byte[]> leaves = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                "606162636465666768696a6b6c6d6e6f").stream().map(HEX::parseHex).toList();
        List<String> roots = List.of(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
                "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
                "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
                "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
        InMemorySubtrees subtrees = new InMemorySubtrees(hashes(leaves));
        for (int n = 1; n <= 8; n++) {
            assertThat(HEX.formatHex(MerkleTree.root(new InMemorySubtrees(hashes(leaves.subList(0, n))), n)))
                    .as("root of %d leaves", n).isEqualTo(roots.get(n - 1));
        }
        assertThat(MerkleTree.inclusionProof(subtrees, 0, 8).stream().map(HEX::formatHex)).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(MerkleTree.inclusionProof(subtrees, 5, 8).stream().map(HEX::formatHex)).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @Test
    void everyRootAndRangeMatchesTheReference() {
        for (int n = 1; n <= LARGEST; n++) {
            assertThat(MerkleTree.root(tree(n), n)).as("root of %d", n).isEqualTo(Rfc9162Reference.mth(data(n)));
        }
    }

    @Test
    void everyInclusionProofIsTheReferencePathAndVerifies() {
        for (int n = 1; n <= LARGEST; n++) {
            List<byte[]> data = data(n);
            InMemorySubtrees subtrees = tree(n);
            byte[] root = Rfc9162Reference.mth(data);
            for (int i = 0; i < n; i++) {
                List<byte[]> proof = MerkleTree.inclusionProof(subtrees, i, n);
                assertThat(proof).as("path of leaf %d in %d", i, n).usingElementComparator(MerkleTreeTest::compare)
                        .containsExactlyElementsOf(Rfc9162Reference.path(i, data));
                assertThat(MerkleTree.verifyInclusion(i, n, leafHash(data.get(i)), proof, root))
                        .as("leaf %d of %d", i, n).isTrue();
            }
        }
    }

    @Test
    void everyConsistencyProofIsTheReferenceProofAndVerifies() {
        for (int n = 1; n <= LARGEST; n++) {
            List<byte[]> data = data(n);
            InMemorySubtrees subtrees = tree(n);
            byte[] root = Rfc9162Reference.mth(data);
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = MerkleTree.consistencyProof(subtrees, m, n);
                assertThat(proof).as("proof %d -> %d", m, n).usingElementComparator(MerkleTreeTest::compare)
                        .containsExactlyElementsOf(Rfc9162Reference.proof(m, data));
                assertThat(MerkleTree.verifyConsistency(m, n, Rfc9162Reference.mth(data.subList(0, m)), root, proof))
                        .as("%d -> %d", m, n).isTrue();
            }
        }
    }

    /** A proof reads O(log² n) stored subtrees, never the leaves: what makes a proof over a large ledger cheap. */
    @Test
    void proofsReadPolylogarithmicallyManySubtrees() {
        long[] lookups = new long[1];
        MerkleTree.Subtrees counting = (level, index) -> {
            lookups[0]++;
            return new byte[32];
        };
        MerkleTree.inclusionProof(counting, 777_777, 1_000_000);
        assertThat(lookups[0]).isLessThanOrEqualTo(20 * 20);
        lookups[0] = 0;
        MerkleTree.consistencyProof(counting, 654_321, 1_000_000);
        assertThat(lookups[0]).isLessThanOrEqualTo(20 * 20);
    }

    @Test
    void tamperedInclusionProofsFail() {
        for (int n = 1; n <= LARGEST; n++) {
            List<byte[]> data = data(n);
            InMemorySubtrees subtrees = tree(n);
            byte[] root = Rfc9162Reference.mth(data);
            for (int i = 0; i < n; i++) {
                byte[] leaf = leafHash(data.get(i));
                List<byte[]> proof = MerkleTree.inclusionProof(subtrees, i, n);
                String as = "leaf " + i + " of " + n;
                for (int e = 0; e < proof.size(); e++) {
                    assertThat(MerkleTree.verifyInclusion(i, n, leaf, flipped(proof, e), root)).as(as + " flipped %d", e)
                            .isFalse();
                    List<byte[]> missing = new ArrayList<>(proof);
                    missing.remove(e);
                    assertThat(MerkleTree.verifyInclusion(i, n, leaf, missing, root)).as(as + " missing %d", e).isFalse();
                }
                for (int e = 0; e + 1 < proof.size(); e++) {
                    List<byte[]> swapped = new ArrayList<>(proof);
                    Collections.swap(swapped, e, e + 1);
                    assertThat(MerkleTree.verifyInclusion(i, n, leaf, swapped, root)).as(as + " swapped %d", e).isFalse();
                }
                List<byte[]> extra = new ArrayList<>(proof);
                extra.add(root);
                assertThat(MerkleTree.verifyInclusion(i, n, leaf, extra, root)).as(as + " extra").isFalse();
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        assertThat(MerkleTree.verifyInclusion(j, n, leaf, proof, root)).as(as + " as leaf %d", j).isFalse();
                    }
                }
                assertThat(MerkleTree.verifyInclusion(i, n, flip(leaf), proof, root)).as(as + " other leaf").isFalse();
                assertThat(MerkleTree.verifyInclusion(i, n, leaf, proof, flip(root))).as(as + " other root").isFalse();
                assertThat(MerkleTree.verifyInclusion(i, n + 1, leaf, proof, Rfc9162Reference.mth(data(n + 1))))
                        .as(as + " in the tree of %d", n + 1).isFalse();
                if (i < n - 1) {
                    assertThat(MerkleTree.verifyInclusion(i, n - 1, leaf, proof,
                            Rfc9162Reference.mth(data.subList(0, n - 1)))).as(as + " in the tree of %d", n - 1).isFalse();
                }
                assertThat(MerkleTree.verifyInclusion(n, n, leaf, proof, root)).as(as + " index = size").isFalse();
                assertThat(MerkleTree.verifyInclusion(-1, n, leaf, proof, root)).as(as + " index -1").isFalse();
            }
        }
    }

    @Test
    void tamperedConsistencyProofsFail() {
        for (int n = 1; n <= LARGEST; n++) {
            List<byte[]> data = data(n);
            InMemorySubtrees subtrees = tree(n);
            byte[] root = Rfc9162Reference.mth(data);
            for (int m = 1; m <= n; m++) {
                byte[] first = Rfc9162Reference.mth(data.subList(0, m));
                List<byte[]> proof = MerkleTree.consistencyProof(subtrees, m, n);
                String as = m + " -> " + n;
                for (int e = 0; e < proof.size(); e++) {
                    assertThat(MerkleTree.verifyConsistency(m, n, first, root, flipped(proof, e))).as(as + " flipped %d", e)
                            .isFalse();
                    List<byte[]> missing = new ArrayList<>(proof);
                    missing.remove(e);
                    assertThat(MerkleTree.verifyConsistency(m, n, first, root, missing)).as(as + " missing %d", e).isFalse();
                }
                for (int e = 0; e + 1 < proof.size(); e++) {
                    List<byte[]> swapped = new ArrayList<>(proof);
                    Collections.swap(swapped, e, e + 1);
                    assertThat(MerkleTree.verifyConsistency(m, n, first, root, swapped)).as(as + " swapped %d", e).isFalse();
                }
                List<byte[]> extra = new ArrayList<>(proof);
                extra.add(first);
                assertThat(MerkleTree.verifyConsistency(m, n, first, root, extra)).as(as + " extra").isFalse();
                assertThat(MerkleTree.verifyConsistency(m, n, flip(first), root, proof)).as(as + " other first root")
                        .isFalse();
                assertThat(MerkleTree.verifyConsistency(m, n, first, flip(root), proof)).as(as + " other second root")
                        .isFalse();
                if (m > 1) {
                    assertThat(MerkleTree.verifyConsistency(m - 1, n, Rfc9162Reference.mth(data.subList(0, m - 1)), root,
                            proof)).as(as + " claimed from %d", m - 1).isFalse();
                }
                if (m < n) {
                    assertThat(MerkleTree.verifyConsistency(m + 1, n, Rfc9162Reference.mth(data.subList(0, m + 1)), root,
                            proof)).as(as + " claimed from %d", m + 1).isFalse();
                    assertThat(MerkleTree.verifyConsistency(n, m, root, first, proof)).as(as + " reversed").isFalse();
                }
                assertThat(MerkleTree.verifyConsistency(0, n, MerkleTree.emptyRoot(), root, proof)).isFalse();
            }
        }
    }

    @Test
    void proofsOutsideTheTreeAreRefused() {
        InMemorySubtrees subtrees = tree(5);
        assertThatThrownBy(() -> MerkleTree.inclusionProof(subtrees, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.inclusionProof(subtrees, -1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.consistencyProof(subtrees, 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.consistencyProof(subtrees, 5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.rangeHash(subtrees, 3, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<byte[]> flipped(List<byte[]> proof, int element) {
        List<byte[]> copy = new ArrayList<>(proof);
        copy.set(element, flip(proof.get(element)));
        return copy;
    }

    static byte[] flip(byte[] hash) {
        byte[] copy = hash.clone();
        copy[copy.length / 2] ^= 0x01;
        return copy;
    }

    private static int compare(byte[] a, byte[] b) {
        return java.util.Arrays.compare(a, b);
    }
}
