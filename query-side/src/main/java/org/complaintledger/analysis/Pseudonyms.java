package org.complaintledger.analysis;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stable pseudonyms for analysts (UK GDPR Art. 4(5)): a keyed hash (HMAC-SHA-256) of an id, so the same resident
 * or complaint always gets the same pseudonym, and without the secret — kept in the database, never shown — a
 * pseudonym cannot be turned back into the id. Pseudonyms do not depend on personal data, so erasure leaves them
 * (and every analysis keyed on them) unchanged.
 */
@Component
public class Pseudonyms {

    private static final int SECRET_BYTES = 32;
    private static final int PSEUDONYM_BYTES = 10;

    private final JdbcTemplate jdbc;
    private volatile SecretKeySpec secret;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public Pseudonyms(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String ofResident(String dataSubjectId) {
        return "R-" + hash("data-subject:" + dataSubjectId);
    }

    public String ofComplaint(String complaintId) {
        return "C-" + hash("complaint:" + complaintId);
    }

    private String hash(String value) {
        // doFinal resets the Mac, so each thread keeps one keyed Mac for every pseudonym it makes (exports make many).
        byte[] digest = macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, PSEUDONYM_BYTES);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** Made once for the ledger, by whichever process asks first (the insert is a no-op for the others). */
    private SecretKeySpec secret() {
        SecretKeySpec known = secret;
        if (known == null) {
            byte[] fresh = new byte[SECRET_BYTES];
            new SecureRandom().nextBytes(fresh);
            jdbc.update("INSERT INTO pseudonym_secret (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING", fresh);
            byte[] stored = jdbc.queryForObject("SELECT secret FROM pseudonym_secret WHERE id = 1", byte[].class);
            known = new SecretKeySpec(stored, "HmacSHA256");
            secret = known;
        }
        return known;
    }
}
