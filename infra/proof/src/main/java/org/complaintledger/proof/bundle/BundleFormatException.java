package org.complaintledger.proof.bundle;

/** The archive is not a well-formed case bundle; the message names the entry and the field, and what is wrong. */
public class BundleFormatException extends Exception {

    public BundleFormatException(String message) {
        super(message);
    }

    public BundleFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
