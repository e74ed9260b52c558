package org.complaintledger.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import org.complaintledger.personaldata.KeyEncryptionKeyProperties.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where key-encryption keys come from, and the configurations refused rather than run unsafely. */
class KeyEncryptionKeySourcesTest {

    @TempDir
    Path home;

    private final SecretKey fileKek = KeyEncryptionKeysTest.newKek();
    private final SecretKey environmentKek = KeyEncryptionKeysTest.newKek();
    private final KeyEncryptionKeySources sources = new KeyEncryptionKeySources(
            Map.of("LEDGER_KEK_B", base64(environmentKek))::get, new SecureRandom());

    private static String base64(SecretKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    private static KeyEncryptionKeyProperties none() {
        return new KeyEncryptionKeyProperties(null, List.of());
    }

    private Path ownerOnlyFile(String name, String content) throws Exception {
        Path file = Files.writeString(home.resolve(name), content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** Wrapped by one set of keys and unwrapped by the other: they hold the same KEK under the same id. */
    private static void sameKek(KeyEncryptionKeys one, KeyEncryptionKeys other, String id) {
        byte[] subjectKey = KeyEncryptionKeysTest.newKek().getEncoded();
        KeyEncryptionKeys.Wrapped wrapped = one.wrap("resident-1", subjectKey);
        assertThat(wrapped.kekId()).isEqualTo(id);
        assertThat(other.unwrap("resident-1", wrapped).getEncoded()).isEqualTo(subjectKey);
    }

    @Test
    void theEmbeddedDefaultGeneratesItsKeyOnceForItsOwnerOnly() throws Exception {
        Path data = home.resolve("data");
        KeyEncryptionKeys first = sources.load(none(), data);
        Path file = data.resolve(KeyEncryptionKeySources.GENERATED_FILE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        KeyEncryptionKeys afterRestart = sources.load(none(), data);
        sameKek(first, afterRestart, KeyEncryptionKeySources.GENERATED_ID);
    }

    @Test
    void anExternalDatabaseWithoutAKeyRefusesToStart() {
        assertThatThrownBy(() -> sources.load(none(), null))
                .hasMessageContaining("No key-encryption key is configured")
                .hasMessageContaining("does not generate one")
                .hasMessageContaining("complaint-ledger.personal-data.key-encryption.keys");
    }

    @Test
    void readsAFileAnEnvironmentVariableAndAKeystore() throws Exception {
        Path file = ownerOnlyFile("kek-a", base64(fileKek) + "\n");
        SecretKey storedKek = KeyEncryptionKeysTest.newKek();
        Path keystore = home.resolve("keks.p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setEntry("hsm-export", new KeyStore.SecretKeyEntry(storedKek),
                new KeyStore.PasswordProtection("store-secret".toCharArray()));
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, "store-secret".toCharArray());
        }

        KeyEncryptionKeys keks = sources.load(new KeyEncryptionKeyProperties("kek-c", List.of(
                new Source("kek-a", file, null, null, null, null),
                new Source("kek-b", null, "LEDGER_KEK_B", null, null, null),
                new Source("kek-c", null, null, keystore, "store-secret", "hsm-export"))), null);

        assertThat(keks.ids()).containsExactlyInAnyOrder("kek-a", "kek-b", "kek-c");
        assertThat(keks.current()).isEqualTo("kek-c");
        sameKek(keks, new KeyEncryptionKeys(Map.of("kek-c", storedKek), "kek-c", new SecureRandom()), "kek-c");
        sameKek(new KeyEncryptionKeys(Map.of("kek-a", fileKek), "kek-a", new SecureRandom()), keks, "kek-a");
        sameKek(new KeyEncryptionKeys(Map.of("kek-b", environmentKek), "kek-b", new SecureRandom()), keks, "kek-b");
    }

    @Test
    void refusesAKeyFileOthersMayRead() throws Exception {
        Path file = ownerOnlyFile("kek-a", base64(fileKek));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> sources.load(new KeyEncryptionKeyProperties(null, List.of(
                new Source("kek-a", file, null, null, null, null))), null))
                .hasMessageContaining("may be read by others").hasMessageContaining("chmod 600");
    }

    @Test
    void refusesSeveralKeysWithoutSayingWhichIsCurrent() throws Exception {
        Path file = ownerOnlyFile("kek-a", base64(fileKek));

        assertThatThrownBy(() -> sources.load(new KeyEncryptionKeyProperties(null, List.of(
                new Source("kek-a", file, null, null, null, null),
                new Source("kek-b", null, "LEDGER_KEK_B", null, null, null))), null))
                .hasMessageContaining("key-encryption.current");
    }

    @Test
    void refusesAnUnsetVariableAndAKeyOfTheWrongLength() throws Exception {
        Path shortKey = ownerOnlyFile("short", Base64.getEncoder().encodeToString(new byte[16]));

        assertThatThrownBy(() -> sources.load(new KeyEncryptionKeyProperties(null, List.of(
                new Source("kek-x", null, "LEDGER_KEK_MISSING", null, null, null))), null))
                .hasMessageContaining("LEDGER_KEK_MISSING is not set");
        assertThatThrownBy(() -> sources.load(new KeyEncryptionKeyProperties(null, List.of(
                new Source("kek-s", shortKey, null, null, null, null))), null))
                .hasMessageContaining("holds 16 bytes");
    }
}
