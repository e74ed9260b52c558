package org.complaintledger.ledgertree;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ledger's tree and checkpoints ({@code complaint-ledger.proof}; docs/proofs.md, docs/operations.md).
 *
 * @param admissionInterval  how often events are admitted into the tree; zero or negative: only on demand (before a
 *                           checkpoint or a case bundle)
 * @param gapGrace           the least time a missing global_index is awaited before it is given up (its transactions
 *                           must also all have ended)
 * @param checkpointInterval how old the latest checkpoint may grow while the tree grows before another is signed
 * @param signingKey         where the checkpoint signing key comes from; none: the embedded default's own
 */
@ConfigurationProperties("complaint-ledger.proof")
public record LedgerTreeProperties(@DefaultValue("PT1S") Duration admissionInterval,
                                   @DefaultValue("PT1M") Duration gapGrace,
                                   @DefaultValue("PT1H") Duration checkpointInterval,
                                   @DefaultValue SigningKey signingKey) {

    /**
     * An Ed25519 key from exactly one of a PEM file (PKCS #8, {@code openssl genpkey -algorithm ed25519}, owner-only)
     * or a PKCS #12 keystore.
     *
     * @param file             the PEM file
     * @param keyStore         the PKCS #12 keystore
     * @param keyStorePassword the keystore's password (also the entry's); e.g. {@code ${LEDGER_SIGNING_KEY_PASSWORD}}
     * @param keyAlias         the entry's alias; the keystore's only entry when left out
     */
    public record SigningKey(Path file, Path keyStore, String keyStorePassword, String keyAlias) {

        boolean configured() {
            return file != null || keyStore != null;
        }
    }
}
