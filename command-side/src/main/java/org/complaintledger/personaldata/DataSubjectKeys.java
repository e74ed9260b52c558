package org.complaintledger.personaldata;

/**
 * The keys that encrypt each data subject's personal data. Destroying a subject's key is the erasure:
 * the ciphertext stays in the append-only ledger, unreadable forever (crypto-shredding).
 */
public interface DataSubjectKeys {

    /**
     * Destroys the subject's key within the current transaction; a subject with no key yet can never get one.
     *
     * @return true if this call destroyed it, false if the subject was already forgotten (so two erasures racing
     *         each other cannot both succeed)
     */
    boolean destroy(String dataSubjectId);
}
