package org.complaintledger.idempotency;

/**
 * A request that carried an Idempotency-Key and was carried out: enough to answer a retry with the first
 * result, and to tell a retry from a different request that reuses the key.
 *
 * @param fingerprint digest of the method, path and body of the request
 * @param commandId   the command message whose events the request appended
 * @param complaintId the record the command appended to: a complaint, or a resident's adjustment or restriction
 */
public record IdempotentRequest(String key, String fingerprint, String commandId, String complaintId) {

    public static final String KEY = "idempotencyKey";
    public static final String FINGERPRINT = "requestFingerprint";

    public boolean sameRequestAs(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }
}
