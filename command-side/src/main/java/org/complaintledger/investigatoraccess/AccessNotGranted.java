package org.complaintledger.investigatoraccess;

/**
 * A read the grant does not cover: it is revoked, expired, for another complaint or for another investigator.
 * Nothing is appended and the record is not handed over.
 */
public class AccessNotGranted extends RuntimeException {

    public AccessNotGranted(String message) {
        super(message);
    }
}
