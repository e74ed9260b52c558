package org.complaintledger.code;

/** A step refers to something this complaint does not have on its record, e.g. an unknown action. */
public class NotOnRecord extends RuntimeException {

    public NotOnRecord(String message) {
        super(message);
    }
}
