package org.complaintledger.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    private static final KeyPair KEY = LedgerKeys.generate();
    private static final KeyPair OTHER = LedgerKeys.generate();
    private static final byte[] ROOT = MerkleTree.leafHash("root".getBytes(StandardCharsets.UTF_8));
    private static final Instant ISSUED = Instant.parse("2026-12-01T09:00:00.120Z");

    private static Checkpoint signed() {
        return Checkpoint.sign(1234, ROOT, ISSUED, KEY.getPrivate(), KEY.getPublic());
    }

    @Test
    void aSignedCheckpointIsSignedByItsKey() {
        Checkpoint checkpoint = signed();
        assertThat(checkpoint.keyId()).isEqualTo(LedgerKeys.fingerprint(KEY.getPublic()));
        assertThat(checkpoint.signedBy(KEY.getPublic())).isTrue();
        assertThat(checkpoint.signature()).hasSize(64);
    }

    @Test
    void theSignedTextIsTheDocumentedOne() {
        byte[] root = new byte[32];
        for (int i = 0; i < 32; i++) {
            root[i] = (byte) i;
        }
        Checkpoint checkpoint = new Checkpoint(1234, root, ISSUED, "ab".repeat(32), new byte[0]);
        assertThat(checkpoint.signedText()).isEqualTo("""
                complaint-ledger checkpoint v1
                tree size: 1234
                root hash: 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
                issued at: 2026-12-01T09:00:00.120Z
                key id: abababababababababababababababababababababababababababababababab
                """);
        assertThat(new Checkpoint(0, root, Instant.parse("2026-12-01T09:00:00Z"), "ab".repeat(32), new byte[0])
                .signedText()).contains("\nissued at: 2026-12-01T09:00:00Z\n").startsWith(
                        "complaint-ledger checkpoint v1\ntree size: 0\n");
    }

    @Test
    void theSignatureIsEd25519OverTheUtf8Text() throws Exception {
        Checkpoint checkpoint = signed();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(KEY.getPublic());
        verifier.update(checkpoint.signedText().getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(checkpoint.signature())).isTrue();
    }

    /** A checkpoint stored or bundled as text must sign the same text when read back (the ledger signs millis). */
    @Test
    void theIssuedAtTextRoundTripsExactly() {
        Instant now = Instant.now();
        for (Instant issued : List.of(now.truncatedTo(ChronoUnit.MILLIS), now.truncatedTo(ChronoUnit.SECONDS),
                Instant.parse("2026-12-01T09:00:00.100Z"), Instant.parse("2026-12-01T09:00:00.001Z"))) {
            Checkpoint checkpoint = Checkpoint.sign(7, ROOT, issued, KEY.getPrivate(), KEY.getPublic());
            String text = checkpoint.issuedAt().toString();
            assertThat(Instant.parse(text).toString()).isEqualTo(text);
            Checkpoint read = new Checkpoint(7, ROOT, Instant.parse(text), checkpoint.keyId(), checkpoint.signature());
            assertThat(read.signedText()).isEqualTo(checkpoint.signedText());
            assertThat(read.signedBy(KEY.getPublic())).isTrue();
        }
    }

    @Test
    void anyAlteredFieldBreaksTheSignature() {
        Checkpoint c = signed();
        byte[] otherRoot = ROOT.clone();
        otherRoot[0] ^= 1;
        byte[] otherSignature = c.signature().clone();
        otherSignature[10] ^= 1;
        List<Checkpoint> altered = List.of(
                new Checkpoint(c.treeSize() + 1, c.rootHash(), c.issuedAt(), c.keyId(), c.signature()),
                new Checkpoint(c.treeSize(), otherRoot, c.issuedAt(), c.keyId(), c.signature()),
                new Checkpoint(c.treeSize(), c.rootHash(), c.issuedAt().plusMillis(1), c.keyId(), c.signature()),
                new Checkpoint(c.treeSize(), c.rootHash(), c.issuedAt(), LedgerKeys.fingerprint(OTHER.getPublic()),
                        c.signature()),
                new Checkpoint(c.treeSize(), c.rootHash(), c.issuedAt(), c.keyId(), otherSignature),
                new Checkpoint(c.treeSize(), c.rootHash(), c.issuedAt(), c.keyId(), Arrays.copyOf(c.signature(), 63)),
                new Checkpoint(c.treeSize(), c.rootHash(), c.issuedAt(), c.keyId(), new byte[0]));
        for (Checkpoint checkpoint : altered) {
            assertThat(checkpoint.signedBy(KEY.getPublic())).as(checkpoint.signedText()).isFalse();
            assertThat(checkpoint).isNotEqualTo(c);
        }
    }

    @Test
    void anotherKeyDoesNotVerify() {
        Checkpoint c = signed();
        assertThat(c.signedBy(OTHER.getPublic())).isFalse();
        Checkpoint relabelled = new Checkpoint(c.treeSize(), c.rootHash(), c.issuedAt(),
                LedgerKeys.fingerprint(OTHER.getPublic()), c.signature());
        assertThat(relabelled.signedBy(OTHER.getPublic())).as("the other key's id on this key's signature").isFalse();
        Checkpoint byOther = Checkpoint.sign(1234, ROOT, ISSUED, OTHER.getPrivate(), OTHER.getPublic());
        assertThat(byOther.signedBy(OTHER.getPublic())).isTrue();
        assertThat(byOther.signedBy(KEY.getPublic())).isFalse();
    }

    @Test
    void equalCheckpointsHaveEqualHashCodes() {
        Checkpoint a = signed();
        Checkpoint b = new Checkpoint(a.treeSize(), a.rootHash().clone(), a.issuedAt(), a.keyId(), a.signature().clone());
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.rootHashHex()).isEqualTo(HexFormat.of().formatHex(ROOT));
        assertThat(a.toString()).contains("1234").contains(a.rootHashHex());
    }

    @Test
    void malformedCheckpointsAreRefused() {
        assertThatThrownBy(() -> new Checkpoint(-1, ROOT, ISSUED, "k", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(1, new byte[31], ISSUED, "k", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checkpoint(1, ROOT, ISSUED, "k", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Checkpoint(1, ROOT, null, "k", new byte[0])).isInstanceOf(NullPointerException.class);
    }
}
