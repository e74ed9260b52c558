package org.complaintledger.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.testsupport.LedgerTest;
import org.complaintledger.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a JWT issuer configured (here its public key, as {@code public-key-location}), callers present signed bearer
 * tokens: roles from the {@code roles} claim, the name from {@code sub}; local accounts no longer sign anyone in.
 */
@LedgerTest
class JwtAccessTest {

    private static final KeyPair ISSUER = rsaKeys();
    private static final KeyPair SOMEONE_ELSE = rsaKeys();
    private static final String COMPLAINT = """
            {"channel": "PHONE", "complainant": {"residentName": "Ray Resident"}, "category": "repairs", "tenure": "LOW_COST_RENTAL",
             "description": "The boiler has failed twice", "outcomesSought": ["a working boiler"]}""";

    @DynamicPropertySource
    static void issuerPublicKey(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", JwtAccessTest::publicKeyFile);
    }

    @LocalServerPort
    int port;

    @Test
    void anOfficersTokenMayLogAComplaint() {
        Reply logged = call("POST", "/api/complaints", COMPLAINT, token(ISSUER, "officer-1", List.of("officer"), inAnHour()));

        assertThat(logged.status()).as(logged.raw().body()).isEqualTo(201);
    }

    @Test
    void anAnalystsTokenMayNotLogAComplaint() {
        Reply refused = call("POST", "/api/complaints", COMPLAINT, token(ISSUER, "analyst-1", List.of("analyst"), inAnHour()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:complaint-ledger:problem:forbidden");
    }

    @Test
    void anExpiredTokenIsNotAccepted() {
        Instant expired = Instant.now().minus(Duration.ofMinutes(5));
        Reply refused = call("GET", "/api/due-steps", null, token(ISSUER, "officer-1", List.of("officer"), expired));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:complaint-ledger:problem:unauthenticated");
        assertThat(refused.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
        AnswerHeadersHttpTest.assertHardened(refused);
    }

    @Test
    void aTokenSignedByAnotherKeyIsNotAccepted() {
        Reply refused = call("GET", "/api/due-steps", null, token(SOMEONE_ELSE, "officer-1", List.of("officer"), inAnHour()));

        assertThat(refused.status()).isEqualTo(401);
        AnswerHeadersHttpTest.assertHardened(refused);
    }

    @Test
    void localAccountsSignNoOneInOnceAnIssuerIsConfigured() {
        Reply refused = new LedgerClient(port).get("/api/due-steps");

        assertThat(refused.status()).isEqualTo(401);
    }

    @Test
    void anInvestigatorIsNamedByTheSubjectOfTheToken() {
        String officer = token(ISSUER, "officer-1", List.of("officer"), inAnHour());
        String complaint = call("POST", "/api/complaints", COMPLAINT, officer).id();
        call("POST", "/api/complaints/" + complaint + "/investigator-grants", """
                {"investigator": "ombudsman-7", "expiresAt": "%s", "reason": "Housing Ombudsman case 202512345"}"""
                .formatted(Instant.now().plus(Duration.ofDays(1))), officer);

        Reply granted = call("GET", "/api/complaints/" + complaint + "/events", null,
                token(ISSUER, "ombudsman-7", List.of("investigator"), inAnHour()));
        Reply notGranted = call("GET", "/api/complaints/" + complaint + "/events", null,
                token(ISSUER, "ombudsman-8", List.of("investigator"), inAnHour()));

        assertThat(granted.status()).isEqualTo(200);
        assertThat(notGranted.status()).isEqualTo(403);
    }

    private Reply call(String method, String path, String json, String token) {
        return LedgerClient.anonymous(port).request(method, path, json, "Authorization", "Bearer " + token);
    }

    private static Instant inAnHour() {
        return Instant.now().plus(Duration.ofHours(1));
    }

    private static String token(KeyPair signer, String subject, List<String> roles, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .claim("roles", roles)
                .issueTime(Date.from(expiresAt.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(expiresAt))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(signer.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publicKeyFile() {
        try {
            Path pem = Files.createTempFile("ledger-issuer-", ".pem");
            pem.toFile().deleteOnExit();
            Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(ISSUER.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return pem.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
