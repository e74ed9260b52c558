package org.complaintledger.personaldata;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Where the data subjects' keys live (AES-256). PostgreSQL now ({@link PostgresSubjectKeyStore}); a KMS or HSM
 * can take its place by implementing these three operations with the same guarantees. Every failure to reach the
 * keys is a {@link KeyStoreUnavailable}.
 */
public interface SubjectKeyStore extends DataSubjectKeys {

    /**
     * The subject's key to seal new personal data with, created on first use. The caller's transaction holds it,
     * so an erasure of the same subject waits for that transaction to end.
     *
     * @throws DataSubjectErased if the subject was forgotten: nothing new about them may be kept
     */
    SecretKey keyForSealing(String dataSubjectId);

    /** The subject's key to open sealed data with; empty once the subject is forgotten. */
    Optional<SecretKey> keyForOpening(String dataSubjectId);
}
