package org.complaintledger.access;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked, because its account or client address failed too often: 429 with Retry-After. */
final class SignInThrottled extends AuthenticationException {

    private final transient Duration retryAfter;

    SignInThrottled(Duration retryAfter) {
        super("too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up: a client that waits this long is not refused again for the same failures. */
    long retryAfterSeconds() {
        return Math.max(1, retryAfter.plusNanos(999_999_999).toSeconds());
    }
}
