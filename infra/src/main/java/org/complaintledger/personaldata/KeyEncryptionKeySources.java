package org.complaintledger.personaldata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.complaintledger.keyfiles.OwnerOnlyFiles;
import org.complaintledger.personaldata.KeyEncryptionKeyProperties.Source;

/** Reads the configured key-encryption keys, or generates the embedded default's; refuses anything unsafe. */
final class KeyEncryptionKeySources {

    /** The embedded default's key, generated once in its data directory. */
    static final String GENERATED_FILE = "subject-key-encryption-key";
    static final String GENERATED_ID = "generated";
    private static final String ID = "[A-Za-z0-9._-]{1,64}";

    private final UnaryOperator<String> environment;
    private final SecureRandom random;

    /** @param environment the process environment ({@code System::getenv}); a map in tests */
    KeyEncryptionKeySources(UnaryOperator<String> environment, SecureRandom random) {
        this.environment = environment;
        this.random = random;
    }

    /**
     * The configured keys; without any, the embedded default's in {@code embeddedDataDirectory}, or a refusal to start
     * when that is null (an external database: a key generated there would sit beside nothing that protects it, and
     * would be lost with the host).
     */
    KeyEncryptionKeys load(KeyEncryptionKeyProperties properties, Path embeddedDataDirectory) {
        if (!properties.configured()) {
            if (embeddedDataDirectory == null) {
                throw new IllegalStateException("No key-encryption key is configured, and with an external database "
                        + "(spring.datasource.url) the ledger does not generate one: configure complaint-ledger."
                        + "personal-data.key-encryption.keys (a file, an environment variable or a PKCS12 keystore; "
                        + "see docs/operations.md, \"Key-encryption keys\")");
            }
            return new KeyEncryptionKeys(Map.of(GENERATED_ID, generatedOnce(embeddedDataDirectory)), GENERATED_ID,
                    random);
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (Source source : properties.keys()) {
            if (source.id() == null || !source.id().matches(ID)) {
                throw new IllegalStateException("a key-encryption key needs an id of 1 to 64 letters, digits or . _ -,"
                        + " not '" + source.id() + "'");
            }
            if (keys.put(source.id(), read(source)) != null) {
                throw new IllegalStateException("key-encryption key id '" + source.id() + "' is configured twice");
            }
        }
        String current = properties.current() != null ? properties.current() : onlyOne(keys);
        if (!keys.containsKey(current)) {
            throw new IllegalStateException("complaint-ledger.personal-data.key-encryption.current is '" + current
                    + "', which is not among the configured keys " + keys.keySet());
        }
        return new KeyEncryptionKeys(keys, current, random);
    }

    private static String onlyOne(Map<String, SecretKey> keys) {
        if (keys.size() != 1) {
            throw new IllegalStateException("several key-encryption keys are configured " + keys.keySet()
                    + ": say which wraps new keys with complaint-ledger.personal-data.key-encryption.current");
        }
        return keys.keySet().iterator().next();
    }

    private SecretKey read(Source source) {
        long given = Stream.of(source.file(), source.environment(), source.keystore()).filter(s -> s != null).count();
        if (given != 1) {
            throw new IllegalStateException("key-encryption key '" + source.id() + "' needs exactly one of file, "
                    + "environment or keystore");
        }
        if (source.file() != null) {
            return fromFile(source.id(), source.file());
        }
        if (source.environment() != null) {
            String value = environment.apply(source.environment());
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("key-encryption key '" + source.id() + "': environment variable "
                        + source.environment() + " is not set");
            }
            return decode(source.id(), "environment variable " + source.environment(), value);
        }
        return fromKeystore(source);
    }

    private static SecretKey fromFile(String id, Path file) {
        try {
            OwnerOnlyFiles.refuseUnlessOwnerOnly("key-encryption key '" + id + "'", file);
            return decode(id, "file " + file, Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException("key-encryption key '" + id + "': cannot read " + file, e);
        }
    }

    private static SecretKey fromKeystore(Source source) {
        String alias = source.alias() != null ? source.alias() : source.id();
        char[] password = source.keystorePassword() == null ? new char[0] : source.keystorePassword().toCharArray();
        try (InputStream in = Files.newInputStream(source.keystore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (!(store.getKey(alias, password) instanceof SecretKey key)) {
                throw new IllegalStateException("key-encryption key '" + source.id() + "': keystore "
                        + source.keystore() + " holds no secret key under alias '" + alias + "'");
            }
            return aes(source.id(), "keystore " + source.keystore(), key.getEncoded());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("key-encryption key '" + source.id() + "': cannot read keystore "
                    + source.keystore() + " (" + e.getMessage() + ")", e);
        }
    }

    /** Created once with owner-only permissions from the start (never readable by others, not even briefly). */
    private SecretKey generatedOnce(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().normalize().resolve(GENERATED_FILE);
        if (!Files.exists(file)) {
            byte[] key = new byte[KeyEncryptionKeys.KEY_BYTES];
            random.nextBytes(key);
            try {
                OwnerOnlyFiles.create(file, Base64.getEncoder().encodeToString(key) + "\n");
            } catch (IOException e) {
                throw new IllegalStateException("cannot create the embedded default's key-encryption key " + file, e);
            }
        }
        return fromFile(GENERATED_ID, file);
    }

    private static SecretKey decode(String id, String where, String base64) {
        try {
            return aes(id, where, Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("key-encryption key '" + id + "': " + where + " is not base64", e);
        }
    }

    private static SecretKey aes(String id, String where, byte[] key) {
        if (key.length != KeyEncryptionKeys.KEY_BYTES) {
            throw new IllegalStateException("key-encryption key '" + id + "': " + where + " holds " + key.length
                    + " bytes; an AES-256 key is 32 (e.g. `openssl rand -base64 32`)");
        }
        return new SecretKeySpec(key, "AES");
    }
}
