package org.complaintledger.bulkimport;

/** A file that cannot be imported at all (missing, unreadable, a line over the bound): nothing of it is imported. */
public class ImportFileRefused extends RuntimeException {

    public ImportFileRefused(String message) {
        super(message);
    }
}
