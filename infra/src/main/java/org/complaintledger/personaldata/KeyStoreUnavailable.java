package org.complaintledger.personaldata;

/**
 * The data subjects' keys cannot be reached, so personal data can be neither sealed nor opened. A command that
 * needed a key appends nothing; callers may try again later.
 */
public class KeyStoreUnavailable extends RuntimeException {

    public KeyStoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
