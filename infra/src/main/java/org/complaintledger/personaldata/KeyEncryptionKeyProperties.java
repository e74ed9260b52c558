package org.complaintledger.personaldata;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key-encryption keys come from ({@code complaint-ledger.personal-data.key-encryption}; application.yml and
 * docs/operations.md show examples). Without any, the embedded default generates one in its data directory, and a
 * ledger on an external database refuses to start.
 *
 * @param current the id of the key that wraps new keys and to which start-up re-wraps every key; may be left out
 *                when only one key is configured
 * @param keys    every key that may have wrapped a stored key
 */
@ConfigurationProperties("complaint-ledger.personal-data.key-encryption")
public record KeyEncryptionKeyProperties(String current, @DefaultValue List<Source> keys) {

    /**
     * One key, from exactly one of a file, an environment variable or a PKCS12 keystore.
     *
     * @param id               its id, recorded with every key it wraps (letters, digits, {@code . _ -})
     * @param file             a file holding the key in base64 (32 bytes), readable by its owner only
     * @param environment      the name of an environment variable holding the key in base64
     * @param keystore         a PKCS12 keystore holding the key as a secret-key entry
     * @param keystorePassword the keystore's password (also the entry's); e.g. {@code ${LEDGER_KEYSTORE_PASSWORD}}
     * @param alias            the entry's alias in the keystore; the id by default
     */
    public record Source(String id, Path file, String environment, Path keystore, String keystorePassword,
                         String alias) {
    }

    boolean configured() {
        return !keys.isEmpty();
    }
}
