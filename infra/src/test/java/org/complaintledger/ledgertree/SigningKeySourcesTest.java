package org.complaintledger.ledgertree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import org.complaintledger.ledgertree.LedgerTreeProperties.SigningKey;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.MerkleTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the checkpoint signing key comes from, and the configurations refused rather than run unsafely. */
class SigningKeySourcesTest {

    private static final SigningKey NONE = new SigningKey(null, null, null, null);

    @TempDir
    Path home;

    @Test
    void theEmbeddedDefaultGeneratesItsKeyOnceReadableByItsOwnerOnly() throws Exception {
        Path data = home.resolve("data");
        Files.createDirectories(data);

        var first = SigningKeySources.load(NONE, data);
        var second = SigningKeySources.load(NONE, data);

        Path file = data.resolve("ledger-signing-key.pem");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(second.keyId()).isEqualTo(first.keyId()).isEqualTo(LedgerKeys.fingerprint(first.publicKey()));
        assertThat(second.publicKey()).isEqualTo(first.publicKey());
        assertSigns(second);
    }

    @Test
    void aKeyFileOthersMayReadIsRefused() throws Exception {
        Path data = home.resolve("data");
        Files.createDirectories(data);
        SigningKeySources.load(NONE, data);
        Path file = data.resolve("ledger-signing-key.pem");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        assertThatThrownBy(() -> SigningKeySources.load(NONE, data))
                .hasMessageContaining("may be read by others").hasMessageContaining("chmod 600 " + file);
        assertThatThrownBy(() -> SigningKeySources.load(new SigningKey(file, null, null, null), null))
                .hasMessageContaining("may be read by others");
    }

    @Test
    void aConfiguredPemFileIsTheKeyWhateverTheDatabase() throws Exception {
        KeyPair pair = LedgerKeys.generate();
        Path file = ownerOnly("landlord.pem", LedgerKeys.privatePem(pair.getPrivate()));

        var key = SigningKeySources.load(new SigningKey(file, null, null, null), null);

        assertThat(key.publicKey()).isEqualTo(pair.getPublic());
        assertThat(key.keyId()).isEqualTo(LedgerKeys.fingerprint(pair.getPublic()));
        assertSigns(key);
    }

    @Test
    void aPkcs12KeyStoreMadeByKeytoolHoldsTheKey() throws Exception {
        Path store = home.resolve("ledger.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keyalg", "Ed25519", "-alias", "checkpoints", "-dname", "CN=Landlord checkpoints",
                "-validity", "3650", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass",
                "store-secret").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();

        var named = SigningKeySources.load(new SigningKey(null, store, "store-secret", "checkpoints"), null);
        var only = SigningKeySources.load(new SigningKey(null, store, "store-secret", null), null);

        assertThat(only.keyId()).isEqualTo(named.keyId());
        assertSigns(named);
        assertThatThrownBy(() -> SigningKeySources.load(new SigningKey(null, store, "wrong", null), null))
                .hasMessageContaining("cannot read it");
        assertThatThrownBy(() -> SigningKeySources.load(new SigningKey(null, store, "store-secret", "other"), null))
                .hasMessageContaining("no private key under alias 'other'");
    }

    @Test
    void unsafeOrAmbiguousConfigurationsAreRefused() throws Exception {
        Path file = ownerOnly("landlord.pem", LedgerKeys.privatePem(LedgerKeys.generate().getPrivate()));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        Path notEdwards = ownerOnly("rsa.pem", LedgerKeys.privatePem(rsa.generateKeyPair().getPrivate()));
        Path notAKey = ownerOnly("not-a-key.pem", "hello");

        assertThatThrownBy(() -> SigningKeySources.load(NONE, null))
                .hasMessageContaining("with an external database").hasMessageContaining("signing-key.file");
        assertThatThrownBy(() -> SigningKeySources.load(new SigningKey(file, home.resolve("x.p12"), null, null), null))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> SigningKeySources.load(new SigningKey(notEdwards, null, null, null), null))
                .hasMessageContaining("Ed25519");
        assertThatThrownBy(() -> SigningKeySources.load(new SigningKey(notAKey, null, null, null), null))
                .hasMessageContaining("PRIVATE KEY");
        assertThatThrownBy(() -> SigningKeySources.load(new SigningKey(home.resolve("missing.pem"), null, null, null),
                null)).hasMessageContaining("cannot read it");
    }

    private Path ownerOnly(String name, String text) throws Exception {
        Path file = Files.writeString(home.resolve(name), text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** A checkpoint signed with the private key verifies with the public key, and with no other. */
    private static void assertSigns(org.complaintledger.ledgertree.SigningKey key) {
        Checkpoint checkpoint = Checkpoint.sign(1, MerkleTree.emptyRoot(), Instant.parse("2026-12-01T09:00:00Z"),
                key.privateKey(), key.publicKey());
        assertThat(checkpoint.signedBy(key.publicKey())).isTrue();
        assertThat(checkpoint.signedBy(LedgerKeys.generate().getPublic())).isFalse();
        assertThat(List.of(checkpoint.keyId())).containsExactly(key.keyId());
    }
}
