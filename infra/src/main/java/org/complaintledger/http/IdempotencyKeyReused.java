package org.complaintledger.http;

/** An Idempotency-Key sent again with a different request: answering with the first result would mislead. */
class IdempotencyKeyReused extends RuntimeException {

    IdempotencyKeyReused(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request");
    }
}
