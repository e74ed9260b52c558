package org.complaintledger.ledgertree;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.complaintledger.keyfiles.OwnerOnlyFiles;
import org.complaintledger.proof.LedgerKeys;

/**
 * Reads the configured checkpoint signing key, or generates the embedded default's once; refuses anything unsafe or
 * ambiguous, as {@code personaldata.KeyEncryptionKeySources} does for the key-encryption keys.
 */
final class SigningKeySources {

    /** The embedded default's key, generated once in its data directory. */
    static final String GENERATED_FILE = "ledger-signing-key.pem";
    private static final String PROPERTY = "complaint-ledger.proof.signing-key";

    private SigningKeySources() {
    }

    /**
     * The configured key; without one, the embedded default's in {@code embeddedDataDirectory}, or a refusal to start
     * when that is null (an external database: the landlord's signing key belongs in its own safe place, not beside
     * an application that could lose it with its host).
     */
    static SigningKey load(LedgerTreeProperties.SigningKey source, Path embeddedDataDirectory) {
        if (source.file() != null && source.keyStore() != null) {
            throw new IllegalStateException(PROPERTY + ": configure either file or key-store, not both");
        }
        if (source.file() != null) {
            return fromFile(source.file());
        }
        if (source.keyStore() != null) {
            return fromKeyStore(source);
        }
        if (embeddedDataDirectory == null) {
            throw new IllegalStateException("No checkpoint signing key is configured, and with an external database "
                    + "(spring.datasource.url) the ledger does not generate one: configure " + PROPERTY + ".file (an "
                    + "Ed25519 private key, PKCS #8 PEM: openssl genpkey -algorithm ed25519) or " + PROPERTY
                    + ".key-store (PKCS #12); see docs/operations.md, \"Checkpoint signing key\"");
        }
        return generatedOnce(embeddedDataDirectory.toAbsolutePath().normalize().resolve(GENERATED_FILE));
    }

    private static SigningKey generatedOnce(Path file) {
        if (!Files.exists(file)) {
            try {
                OwnerOnlyFiles.create(file, LedgerKeys.privatePem(LedgerKeys.generate().getPrivate()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot create the embedded default's checkpoint signing key " + file, e);
            }
        }
        return fromFile(file);
    }

    private static SigningKey fromFile(Path file) {
        String what = "checkpoint signing key " + file;
        String pem;
        try {
            OwnerOnlyFiles.refuseUnlessOwnerOnly("checkpoint signing key", file);
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(what + ": cannot read it (" + e.getMessage() + ")", e);
        }
        try {
            return withPublicKey(what, LedgerKeys.readPrivate(pem));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + ": " + e.getMessage() + " (expected an Ed25519 private key in "
                    + "PKCS #8 PEM, as openssl genpkey -algorithm ed25519 writes)", e);
        }
    }

    private static SigningKey fromKeyStore(LedgerTreeProperties.SigningKey source) {
        String what = "checkpoint signing key in keystore " + source.keyStore();
        char[] password = source.keyStorePassword() == null ? new char[0] : source.keyStorePassword().toCharArray();
        try (InputStream in = Files.newInputStream(source.keyStore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String alias = source.keyAlias() != null ? source.keyAlias() : onlyKeyEntry(store, what);
            if (!(store.getKey(alias, password) instanceof PrivateKey key)) {
                throw new IllegalStateException(what + " holds no private key under alias '" + alias + "'");
            }
            return withPublicKey(what + " (alias '" + alias + "')", key);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(what + ": cannot read it (" + e.getMessage() + ")", e);
        }
    }

    private static String onlyKeyEntry(KeyStore store, String what) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        if (keys.size() != 1) {
            throw new IllegalStateException(what + " holds " + keys.size() + " key entries " + keys + ": name one "
                    + "with " + PROPERTY + ".key-alias");
        }
        return keys.getFirst();
    }

    /**
     * The key with its public key, derived from the private key's 32-byte seed (PKCS #8 from openssl holds no public
     * key): Ed25519 key generation is the seed's expansion, so a generator fed the seed as its randomness gives it.
     */
    static SigningKey withPublicKey(String what, PrivateKey key) {
        if (!(key instanceof EdECPrivateKey edwards) || !"Ed25519".equalsIgnoreCase(edwards.getParams().getName())
                || edwards.getBytes().isEmpty()) {
            throw new IllegalStateException(what + " is not an Ed25519 private key (" + key.getAlgorithm() + ")");
        }
        byte[] seed = edwards.getBytes().get();
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedAsRandomness(seed));
            KeyPair pair = generator.generateKeyPair();
            SigningKey signing = SigningKey.of(key, pair.getPublic());
            requireSignsAndVerifies(what, signing);
            return signing;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java runtime since 15", e);
        }
    }

    /** A self-test: a key whose derived public key does not verify its own signature would sign unverifiable checkpoints. */
    private static void requireSignsAndVerifies(String what, SigningKey key) throws GeneralSecurityException {
        byte[] probe = "complaint-ledger signing key self-test".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key.privateKey());
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key.publicKey());
        verifier.update(probe);
        if (!verifier.verify(signature)) {
            throw new IllegalStateException(what + ": its public key could not be derived (self-test failed)");
        }
    }

    /** Hands out the seed as "random" bytes, once: what makes the generator reproduce the key pair of that seed. */
    private static final class SeedAsRandomness extends SecureRandom {

        @Serial
        private static final long serialVersionUID = 1L;

        private final byte[] seed;

        SeedAsRandomness(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("Ed25519 key generation asked for " + bytes.length + " bytes, not 32");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }
}
