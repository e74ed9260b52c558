package org.complaintledger.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class LedgerKeysTest {

    /*
     * Made with OpenSSL 3.0.19 on the build machine and kept here so the test needs no openssl:
     *   openssl genpkey -algorithm ed25519 -out key.pem
     *   openssl pkey -in key.pem -pubout -out pub.pem
     *   openssl pkey -pubin -in pub.pem -outform DER -out pub.der && openssl dgst -sha256 -r pub.der
     *   printf 'complaint-ledger checkpoint v1\n' > msg && openssl pkeyutl -sign -inkey key.pem -rawin -in msg -out sig
     */
    private static final String OPENSSL_PRIVATE = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEIHZpcYx2cnAIpIO9WL1pLiAu87PTQ3YePJhh8COEwKQu
            -----END PRIVATE KEY-----
            """;
    private static final String OPENSSL_PUBLIC = """
            -----BEGIN PUBLIC KEY-----
            MCowBQYDK2VwAyEAxBLggMFv+IJBfG9ShQBQuFxfUx79wlXge1WX67leD6s=
            -----END PUBLIC KEY-----
            """;
    private static final String OPENSSL_FINGERPRINT = "27da59bf23affb304597e894ac84c18ce2c264f51686c6f908d87287d9be6603";
    private static final String OPENSSL_SIGNATURE =
            "waygZ/6G1YnpLrc0A3HxUbcR7kf8emIIt3OQunmpZtnaCnd7138+p7BBlv9aLPN/ykZkpjhdiPuxtgqQ5FbFAg==";
    private static final byte[] OPENSSL_MESSAGE = "complaint-ledger checkpoint v1\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void pemTextRoundTrips() throws Exception {
        KeyPair pair = LedgerKeys.generate();
        String publicPem = LedgerKeys.publicPem(pair.getPublic());
        String privatePem = LedgerKeys.privatePem(pair.getPrivate());
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        PublicKey publicKey = LedgerKeys.readPublic(publicPem);
        PrivateKey privateKey = LedgerKeys.readPrivate(privatePem);
        assertThat(publicKey.getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(privateKey.getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
        assertThat(LedgerKeys.fingerprint(publicKey)).isEqualTo(LedgerKeys.fingerprint(pair.getPublic()))
                .matches("[0-9a-f]{64}");
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(OPENSSL_MESSAGE);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update(OPENSSL_MESSAGE);
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void theFingerprintIsTheSha256OfTheSubjectPublicKeyInfo() {
        KeyPair pair = LedgerKeys.generate();
        assertThat(LedgerKeys.fingerprint(pair.getPublic())).isEqualTo(
                HexFormat.of().formatHex(Rfc9162Reference.sha256(pair.getPublic().getEncoded())));
    }

    @Test
    void readsKeysOpenSslWrote() throws Exception {
        PublicKey publicKey = LedgerKeys.readPublic(OPENSSL_PUBLIC);
        PrivateKey privateKey = LedgerKeys.readPrivate(OPENSSL_PRIVATE);
        assertThat(LedgerKeys.fingerprint(publicKey)).isEqualTo(OPENSSL_FINGERPRINT);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(OPENSSL_MESSAGE);
        assertThat(verifier.verify(Base64.getDecoder().decode(OPENSSL_SIGNATURE))).as("openssl's signature").isTrue();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(OPENSSL_MESSAGE);
        assertThat(Base64.getEncoder().encodeToString(signer.sign())).as("Ed25519 is deterministic")
                .isEqualTo(OPENSSL_SIGNATURE);
        assertThat(LedgerKeys.publicPem(publicKey)).isEqualTo(OPENSSL_PUBLIC);
    }

    @Test
    void aPemWithTextAroundItOrCarriageReturnsIsRead() {
        String pem = "Landlord signing key, 2026\r\n" + OPENSSL_PUBLIC.replace("\n", "\r\n") + "\r\n";
        assertThat(LedgerKeys.fingerprint(LedgerKeys.readPublic(pem))).isEqualTo(OPENSSL_FINGERPRINT);
    }

    @Test
    void otherTextIsRefusedWithAReason() throws Exception {
        assertThatThrownBy(() -> LedgerKeys.readPublic("hello")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BEGIN PUBLIC KEY");
        assertThatThrownBy(() -> LedgerKeys.readPublic(OPENSSL_PRIVATE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BEGIN PUBLIC KEY");
        assertThatThrownBy(() -> LedgerKeys.readPublic("-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n"))
                .isInstanceOf(IllegalArgumentException.class);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        String rsaPem = LedgerKeys.publicPem(rsa.generateKeyPair().getPublic());
        assertThatThrownBy(() -> LedgerKeys.readPublic(rsaPem)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an Ed25519 public key");
    }
}
