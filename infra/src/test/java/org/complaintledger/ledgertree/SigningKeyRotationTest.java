package org.complaintledger.ledgertree;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.complaintledger.LedgerApplication;
import org.complaintledger.ledgertree.ChainedInserts.Written;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.MerkleTree;
import org.complaintledger.provenance.AppendSeals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default signs with a key it generated into its data directory; started again with another key
 * configured, it signs with that one, and every earlier checkpoint still verifies with the key that signed it, which
 * the ledger keeps publishing, and is consistent with the later ones.
 */
class SigningKeyRotationTest {

    @TempDir
    Path home;

    @Test
    void checkpointsSignedBeforeARotationStayVerifiable() throws Exception {
        Path data = home.resolve("data");
        Checkpoint before;
        PublicKey generated;
        try (ConfigurableApplicationContext ledger = start(data)) {
            append(ledger, 3);
            before = ledger.getBean(LedgerCheckpoints.class).signNow().orElseThrow().checkpoint();
            generated = ledger.getBean(LedgerSigningKeys.class).currentPublicKey();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve("ledger-signing-key.pem")))).isEqualTo("rw-------");
        Path configured = Files.writeString(home.resolve("landlord-2027.pem"),
                LedgerKeys.privatePem(LedgerKeys.generate().getPrivate()));
        Files.setPosixFilePermissions(configured, PosixFilePermissions.fromString("rw-------"));

        try (ConfigurableApplicationContext ledger = start(data,
                "--complaint-ledger.proof.signing-key.file=" + configured)) {
            append(ledger, 2);
            LedgerCheckpoints checkpoints = ledger.getBean(LedgerCheckpoints.class);
            LedgerSigningKeys keys = ledger.getBean(LedgerSigningKeys.class);
            Checkpoint after = checkpoints.signNow().orElseThrow().checkpoint();

            assertThat(after.keyId()).isNotEqualTo(before.keyId()).isEqualTo(keys.currentKeyId());
            assertThat(keys.all()).extracting(LedgerSigningKeys.PublishedKey::keyId, LedgerSigningKeys.PublishedKey::current)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(before.keyId(), false),
                            org.assertj.core.groups.Tuple.tuple(after.keyId(), true));
            PublicKey earlierKey = keys.publicKey(before.keyId()).orElseThrow();
            assertThat(earlierKey).isEqualTo(generated);
            assertThat(before.signedBy(earlierKey)).isTrue();
            assertThat(after.signedBy(keys.currentPublicKey())).isTrue();
            assertThat(after.signedBy(earlierKey)).isFalse();
            assertThat(checkpoints.page(0, 10).checkpoints()).containsExactly(after, before);
            List<byte[]> proof = ledger.getBean(LedgerProofs.class).consistency(before.treeSize(), after.treeSize());
            assertThat(MerkleTree.verifyConsistency(before.treeSize(), after.treeSize(), before.rootHash(),
                    after.rootHash(), proof)).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(Path data, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--complaint-ledger.embedded-postgres.data-directory=" + data,
                "--complaint-ledger.embedded-postgres.port=0"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(LedgerApplication.class).run(arguments.toArray(String[]::new));
    }

    private static void append(ConfigurableApplicationContext ledger, int events) throws Exception {
        ChainedInserts inserts = new ChainedInserts(ledger.getBean(AppendSeals.class));
        String aggregate = "rotation-" + UUID.randomUUID();
        ChainedInserts.committed(ledger.getBean(DataSource.class), connection -> {
            Written previous = null;
            for (int sequence = 0; sequence < events; sequence++) {
                previous = inserts.append(connection, aggregate, sequence, previous);
            }
            return previous;
        });
    }
}
